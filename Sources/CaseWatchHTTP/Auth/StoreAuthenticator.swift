import CaseWatchCore
import CaseWatchEngine
import CaseWatchStore
import Hummingbird
import Logging
import Metrics

/// The daemon's authenticator: an API key (`cwk_…`) is a system with the key's scopes, a leader's sign-off
/// token (`cwt_…`) is that leader; anything else is a 401 problem saying why (missing, malformed, unknown,
/// revoked) with `WWW-Authenticate: Bearer`.
///
/// Credentials are checked by the ``KeyDesk`` off the cooperative pool, and an accepted one is trusted for
/// ``cacheNanoseconds`` (1 s) before the store is read again: a key or token revoked by `casewatch` is
/// refused by a running daemon within a second. Refusals are counted
/// (`casewatch_http_auth_refusals_total{reason}`) and audited (`credential.refused`) at a bounded rate
/// (``RefusalAuditGate``: one entry per credential per minute, 60 a minute in all); those not audited are
/// counted (`casewatch_http_auth_refusals_unaudited_total`). A missing credential is counted, not audited.
public struct StoreAuthenticator: RequestAuthenticator {
    /// How long an accepted credential is trusted before the store is read again: one second.
    public static let cacheNanoseconds: Int64 = 1_000_000_000

    let desk: KeyDesk
    let clock: any SupervisorClock
    let cache: CredentialCache
    let gate: RefusalAuditGate
    let logger: Logger

    /// An authenticator checking credentials against `store`, timed by `clock`, trusting a check for
    /// `cacheNanoseconds` and auditing refusals through `gate`.
    public init(
        store: any CaseStore, clock: any SupervisorClock = SystemClock(), logger: Logger, cacheNanoseconds: Int64 = Self.cacheNanoseconds,
        gate: RefusalAuditGate = RefusalAuditGate()
    ) {
        desk = KeyDesk(store: store)
        self.clock = clock
        cache = CredentialCache(lifetimeNanoseconds: cacheNanoseconds)
        self.gate = gate
        self.logger = logger
    }

    /// The principal behind `request`'s credential, or a 401 problem.
    public func authenticate(_ request: Request) async throws -> Principal {
        guard let text = BearerCredential.of(request) else { throw await refuse(.missing, digest: "") }
        let digest = APIKeySecret.hash(text)
        let checkedAt = clock.nanosecondsSinceEpoch()
        if let principal = cache.principal(for: digest, at: checkedAt) { return principal }
        let desk = desk
        switch try await BlockingWork.runBrief("casewatch.http.authenticate", { try desk.check(text) }) {
        case let .success(credential):
            let principal = Self.principal(of: credential, text: text)
            cache.remember(principal, for: digest, at: checkedAt)
            if case let .key(key) = credential { recordUse(of: key) }
            return principal
        case let .failure(refusal):
            throw await refuse(refusal, digest: digest)
        }
    }

    /// Forgets every accepted credential, so that the next request of each is checked against the store.
    public func forgetCheckedCredentials() {
        cache.forgetAll()
    }

    /// The principal a credential acts as (a key's scopes as the API names them).
    static func principal(of credential: Credential, text: String) -> Principal {
        switch credential {
        case let .key(key): .apiKey(id: key.id, name: key.name, scopes: key.scopes)
        case let .leader(leader): .leader(id: leader.id, token: text)
        }
    }

    /// Counts the refusal, audits it when the gate lets it through, and returns its problem.
    private func refuse(_ refusal: CredentialRefusal, digest: String) async -> Problem {
        Counter(label: "casewatch_http_auth_refusals_total", dimensions: [("reason", refusal.code)]).increment()
        let now = clock.now
        if refusal != .missing, gate.admit(digest, at: now) {
            let desk = desk
            do {
                try await BlockingWork.run("casewatch.http.audit-refusal") { try desk.auditRefusal(refusal, at: now) }
            } catch {
                logger.error("auditing a refused credential failed", metadata: ["reason": "\(refusal.code)", "error": "\(error)"])
            }
        } else if refusal != .missing {
            Counter(label: "casewatch_http_auth_refusals_unaudited_total").increment()
        }
        return refusal.problem
    }

    /// Records the key's use (at most once a minute, see ``KeyDesk/recordUse(of:at:)``) without holding up the request.
    private func recordUse(of key: APIKeyRecord) {
        let now = clock.now
        guard KeyDesk.isUseStale(key, at: now) else { return }
        let (desk, logger) = (desk, logger)
        Task {
            do {
                try await BlockingWork.run("casewatch.http.record-key-use") { try desk.recordUse(of: key, at: now) }
            } catch {
                logger.warning("recording an API key's last use failed", metadata: ["key": "\(key.prefix)", "error": "\(error)"])
            }
        }
    }
}
