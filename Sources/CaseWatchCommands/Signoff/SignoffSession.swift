import CaseWatchConfig
import CaseWatchCore
import CaseWatchEngine
import CaseWatchStore

/// What the `casewatch signoff` commands work with: the store, the policies, the desk that decides, and
/// the zone instants are shown in.
struct SignoffSession {
    /// The store.
    let store: any CaseStore
    /// The policies (the desk's catalog, and the zone).
    let policies: PolicySet
    /// The leaders' desk.
    let desk: SignoffDesk

    /// Opens the database and loads the policies.
    init(database: DatabaseOptions, policyOptions: PolicyOptions) throws {
        policies = try policyOptions.load()
        store = try database.open()
        desk = SignoffDesk(store: store, catalog: policies)
    }

    /// The zone instants are shown in.
    var zone: ZoneRules { policies.displayZone }

    /// An instant in the calendar's zone.
    func show(_ instant: Instant) -> String { InstantFormatter.format(instant, in: zone) }

    /// The leader a token belongs to; a refusal (audited by the desk) becomes a ``CommandFailure``.
    func leader(token: String?, at now: Instant, hint: String = "") throws -> Leader {
        try Self.refusing(hint: hint) { try desk.authenticate(token: token, at: now) }
    }

    /// Runs `body`, turning the desk's refusal into a ``CommandFailure`` that says it was refused.
    static func refusing<T>(hint: String = "", _ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let refusal as SignoffRefusal {
            throw CommandFailure("refused: \(refusal.wording)\(hint)")
        }
    }

    /// The pending sign-offs `leader` may decide, oldest due first (those already expired included).
    func awaiting(_ leader: Leader) throws -> [Signoff] {
        try desk.awaiting(leader)
    }

    /// The sign-off with `id`, or a failure naming where to find one.
    func signoff(_ id: Int64) throws -> Signoff {
        guard let signoff = try store.read({ try $0.signoff(id: id) }) else {
            throw CommandFailure("no sign-off \(id) in \(store.location); `casewatch signoff list` shows yours, `--all` every open one")
        }
        return signoff
    }
}
