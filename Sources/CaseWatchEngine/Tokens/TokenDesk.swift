import CaseWatchCore
import CaseWatchStore
import Foundation

/// Issues and revokes leaders' personal tokens, each move checked against who asks and audited, refusals
/// too.
///
/// Who may: the operating-system account that owns the database file (the centre's administrator; audited
/// as `staff:<account>`, the real user id's name), or a leader by their own token, for leaders at or below
/// their level within their jurisdiction (``TokenAuthority``; audited as the leader).
public struct TokenDesk: Sendable {
    /// Who asks.
    public enum Issuer: Hashable, Sendable {
        /// An operating-system user, by user id (``OperatingSystemUser/id`` for the process's own); allowed
        /// when it owns the database file, or is root.
        case operatingSystemUser(id: UInt32)
        /// A leader, by their own token.
        case leader(token: String)
    }

    /// The store.
    public let store: any CaseStore

    /// A desk on `store`.
    public init(store: any CaseStore) { self.store = store }

    /// Gives leader `leaderID` a new token (a token issued before stops working) and returns the leader and
    /// the token, which is stored only as its hash.
    public func issue(to leaderID: String, by issuer: Issuer, at now: Instant) throws -> (leader: Leader, token: String) {
        let token = LeaderToken.generate()
        let leader = try act(on: leaderID, by: issuer, at: now) { leader, actor, writer -> Result<Leader, TokenRefusal> in
            guard try writer.issueToken(to: leader.id, hash: LeaderToken.hash(token), at: now) else { return .failure(.noSuchLeader(leaderID)) }
            try writer.appendAudit(at: now, actor: actor, action: "token.issue", detail: AuditDetail.json(["leader": leader.id]))
            return .success(leader)
        }
        return (leader, token)
    }

    /// Ends leader `leaderID`'s token.
    @discardableResult
    public func revoke(of leaderID: String, by issuer: Issuer, at now: Instant) throws -> Leader {
        try act(on: leaderID, by: issuer, at: now) { leader, actor, writer -> Result<Leader, TokenRefusal> in
            guard try writer.revokeToken(of: leader.id, at: now) else { return .failure(.noValidToken(leader: leader.id)) }
            try writer.appendAudit(at: now, actor: actor, action: "token.revoke", detail: AuditDetail.json(["leader": leader.id]))
            return .success(leader)
        }
    }

    /// The one asking, once checked: the name audited, and the leader when a leader asks.
    private struct Asker {
        let actor: String
        let leader: Leader?
    }

    /// Checks who asks: the database file's owner (or root), or a leader with a valid token.
    private func asker(_ issuer: Issuer) throws -> Result<Asker, TokenRefusal> {
        switch issuer {
        case let .operatingSystemUser(uid):
            let owner = Self.owner(of: store.location)
            guard uid == 0 || owner == uid else {
                return .failure(.notDatabaseOwner(
                    user: OperatingSystemUser.name(of: uid), uid: uid, owner: owner.map(OperatingSystemUser.name(of:)) ?? "unknown", ownerUID: owner ?? .max
                ))
            }
            return .success(Asker(actor: "staff:\(OperatingSystemUser.name(of: uid))", leader: nil))
        case let .leader(token):
            switch try store.read({ try LeaderTokenCheck.leader(for: token, reader: $0) }) {
            case let .success(leader): return .success(Asker(actor: leader.id, leader: leader))
            case let .failure(refusal): return .failure(.issuerToken(refusal))
            }
        }
    }

    /// The user id owning the file at `path`, nil when it cannot be read.
    private static func owner(of path: String) -> UInt32? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        return UInt32(info.st_uid)
    }

    /// Checks the issuer and the authority over the target leader, then runs `body` on the target in one
    /// transaction; a refusal is audited and thrown.
    private func act(
        on leaderID: String, by issuer: Issuer, at now: Instant, _ body: (Leader, String, any StoreWriter) throws -> Result<Leader, TokenRefusal>
    ) throws -> Leader {
        let asking = try asker(issuer)
        let outcome: Result<Leader, TokenRefusal>
        switch asking {
        case let .failure(refusal):
            outcome = .failure(refusal)
        case let .success(asker):
            outcome = try store.write { writer -> Result<Leader, TokenRefusal> in
                guard let target = try writer.leaders().first(where: { $0.id == leaderID }) else { return .failure(.noSuchLeader(leaderID)) }
                if let issuing = asker.leader,
                   let refusal = TokenAuthority.refusal(of: issuing, for: target, targetLineage: try writer.reader.lineage(of: target.jurisdiction)) {
                    return .failure(.notAuthorised(refusal))
                }
                return try body(target, asker.actor, writer)
            }
        }
        switch outcome {
        case let .success(leader):
            return leader
        case let .failure(refusal):
            let actor = (try? asking.get())?.actor ?? Self.actor(refused: refusal, by: issuer)
            try store.write { writer in
                try writer.appendAudit(at: now, actor: actor, action: "token.refused", detail: AuditDetail.refusal(code: refusal.code, fields: refusal.fields))
            }
            throw refusal
        }
    }

    /// Who a refusal of the asker is audited as.
    private static func actor(refused refusal: TokenRefusal, by issuer: Issuer) -> String {
        switch (refusal, issuer) {
        case let (.issuerToken(tokenRefusal), _): LeaderTokenCheck.actor(of: tokenRefusal)
        case let (_, .operatingSystemUser(uid)): "staff:\(OperatingSystemUser.name(of: uid))"
        case (_, .leader): "unknown"
        }
    }
}
