import CaseWatchCore
import CaseWatchStore

/// Creates, lists and revokes the API keys systems call the HTTP API with, and checks the credentials
/// presented to the API (API keys and leaders' sign-off tokens). Every creation and revocation is audited
/// (`key.create`, `key.revoke`), refusals too (`key.refused`); a refused credential is audited through
/// ``auditRefusal(_:at:)``, which the caller rate-limits (``RefusalAuditGate``).
///
/// A key's secret is shown once, by ``create(name:scopes:by:at:)``'s answer, and stored only as its hash.
/// Every call blocks on the store: call it off the cooperative pool (`BlockingWork`).
public struct KeyDesk: Sendable {
    /// The store.
    public let store: any CaseStore

    /// How stale a key's `last_used_at` may get before an accepted use records it again: a minute.
    public static let lastUseResolutionSeconds: Int64 = 60

    /// The prefix of leaders' tokens (``LeaderToken/generate()``'s `cwt_`): any other text not shaped as a
    /// key is malformed.
    static let leaderTokenMarker = "cwt_"

    /// A desk on `store`.
    public init(store: any CaseStore) { self.store = store }

    /// Creates key `name` with `scopes`, audited as `actor`; returns the key and its text, shown only this once.
    public func create(name: String, scopes: Set<KeyScope>, by actor: String, at now: Instant) throws -> (key: APIKeyRecord, text: String) {
        let secret = APIKeySecret.generateSecret()
        let outcome = try store.write { writer -> Result<APIKeyRecord, KeyRefusal> in
            guard KeyName.isValid(name) else { return .failure(.invalidName(name)) }
            guard !scopes.isEmpty else { return .failure(.noScope) }
            guard let id = try writer.insertAPIKey(name: name, scopes: scopes, secretHash: APIKeySecret.hash(secret), by: actor, at: now),
                  let key = try writer.reader.apiKey(id: id) else {
                let holder = try writer.reader.liveAPIKey(named: name)
                return .failure(.nameTaken(name: name, id: holder?.id ?? 0))
            }
            try writer.appendAudit(at: now, actor: actor, action: "key.create", detail: AuditDetail.json([
                "key": key.prefix, "name": name, "scopes": key.scopes.sorted().map(\.rawValue).joined(separator: ","),
            ]))
            return .success(key)
        }
        let key = try settle(outcome, actor: actor, at: now)
        return (key, APIKeySecret.text(id: key.id, secret: secret))
    }

    /// The keys, oldest first; the revoked ones too when `includingRevoked`.
    public func list(includingRevoked: Bool = false) throws -> [APIKeyRecord] {
        try store.read { try $0.apiKeys(includingRevoked: includingRevoked) }
    }

    /// Revokes the key `reference` names (its name, its id or its prefix `cwk_<id>`), audited as `actor`;
    /// it is refused from then on. Returns the key as it was before.
    @discardableResult
    public func revoke(_ reference: String, by actor: String, at now: Instant) throws -> APIKeyRecord {
        let outcome = try store.write { writer -> Result<APIKeyRecord, KeyRefusal> in
            guard let key = try Self.key(referencedBy: reference, reader: writer.reader) else { return .failure(.noSuchKey(reference)) }
            guard try writer.revokeAPIKey(id: key.id, by: actor, at: now) else { return .failure(.alreadyRevoked(key)) }
            try writer.appendAudit(at: now, actor: actor, action: "key.revoke", detail: AuditDetail.json(["key": key.prefix, "name": key.name]))
            return .success(key)
        }
        return try settle(outcome, actor: actor, at: now)
    }

    /// Whose `text` is: an API key's or a leader's token, or why it is refused. Audits nothing (see
    /// ``auditRefusal(_:at:)``) and writes nothing.
    public func check(_ text: String?) throws -> Result<Credential, CredentialRefusal> {
        guard let text, !text.isEmpty else { return .failure(.missing) }
        if let parts = APIKeySecret.parts(of: text) {
            guard let key = try store.read({ try $0.apiKey(id: parts.id) }), APIKeySecret.matches(parts.secret, storedHash: key.secretHash) else {
                return .failure(.unknown(prefix: APIKeySecret.prefix(of: parts.id)))
            }
            if let revoked = key.revokedAt { return .failure(.revoked(holder: "key:\(key.name)", at: revoked)) }
            return .success(.key(key))
        }
        guard text.hasPrefix(Self.leaderTokenMarker) else { return .failure(.malformed) }
        switch try store.read({ try LeaderTokenCheck.leader(for: text, reader: $0) }) {
        case let .success(leader): return .success(.leader(leader))
        case .failure(.revokedToken(let leader, let at)): return .failure(.revoked(holder: leader, at: at))
        case .failure: return .failure(.unknown(prefix: nil))
        }
    }

    /// Records that `key` was accepted at `now`, when its last recorded use is older than
    /// ``lastUseResolutionSeconds`` (so that a busy key costs one write a minute, not one a request).
    public func recordUse(of key: APIKeyRecord, at now: Instant) throws {
        guard Self.isUseStale(key, at: now) else { return }
        try store.write { try $0.touchAPIKey(id: key.id, at: now) }
    }

    /// Whether `key`'s recorded last use is older than ``lastUseResolutionSeconds`` at `now` (or absent).
    public static func isUseStale(_ key: APIKeyRecord, at now: Instant) -> Bool {
        key.lastUsedAt.map { now.secondsSinceEpoch - $0.secondsSinceEpoch >= lastUseResolutionSeconds } ?? true
    }

    /// Audits a refused credential (`credential.refused`, as the holder of a revoked one, else `unknown`).
    public func auditRefusal(_ refusal: CredentialRefusal, at now: Instant) throws {
        try store.write { writer in
            try writer.appendAudit(at: now, actor: refusal.actor, action: "credential.refused", detail: AuditDetail.refusal(code: refusal.code, fields: refusal.fields))
        }
    }

    /// The key `reference` names: a key not revoked by that name, else the key of that id or prefix.
    private static func key(referencedBy reference: String, reader: any StoreReader) throws -> APIKeyRecord? {
        if let key = try reader.liveAPIKey(named: reference) { return key }
        let digits = reference.hasPrefix(APIKeySecret.marker) ? String(reference.dropFirst(APIKeySecret.marker.count)) : reference
        guard let id = Int64(digits), id > 0 else { return nil }
        return try reader.apiKey(id: id)
    }

    /// The outcome's key, or its refusal audited (`key.refused`) and thrown.
    private func settle(_ outcome: Result<APIKeyRecord, KeyRefusal>, actor: String, at now: Instant) throws -> APIKeyRecord {
        switch outcome {
        case let .success(key):
            return key
        case let .failure(refusal):
            try store.write { writer in
                try writer.appendAudit(at: now, actor: actor, action: "key.refused", detail: AuditDetail.refusal(code: refusal.code, fields: refusal.fields))
            }
            throw refusal
        }
    }
}
