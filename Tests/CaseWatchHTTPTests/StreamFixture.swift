import CaseWatchConfig
import CaseWatchCore
import CaseWatchEngine
import CaseWatchHTTP
import CaseWatchStore
import CaseWatchTesting
import Foundation
import Logging
import Synchronization

/// A store holding the seeds' unit tree, supervised on a manual clock: tests dispatch cases, move the clock
/// on so that their steps fire, and signal the feed as the daemon does after a wake that fired.
///
/// `@unchecked Sendable`: the supervisor is kept under a mutex; the rest is constant (the temporary store's
/// members are constants too).
final class StreamFixture: @unchecked Sendable {
    let temporary: TemporaryStore
    let policies: PolicySet
    let zone = ZoneRules(identifier: "Asia/Shanghai")!
    let clock: ManualClock
    let feed: EscalationFeed
    private let supervisor: Mutex<Supervisor>

    /// The store.
    var store: SQLiteCaseStore { temporary.store }

    /// A fixture at Monday 2026-10-12 09:00 (Shanghai) whose streams send a keep-alive after `keepAlive`.
    init(keepAlive: Duration = .seconds(15)) throws {
        temporary = try TemporaryStore()
        policies = try HTTPFixtures.policies()
        let units = try ConfigLoader.loadUnits(at: HTTPFixtures.repositoryRoot + "/seeds/units.yaml")
        try temporary.store.write { try $0.upsertUnits(units) }
        let start = try InstantParser.parse("2026-10-12T09:00:00+08:00", zone: zone)
        clock = ManualClock(start)
        feed = EscalationFeed(keepAlive: keepAlive)
        var supervisor = Supervisor(store: temporary.store, catalog: policies)
        _ = try supervisor.start(at: start)
        self.supervisor = Mutex(supervisor)
    }

    /// The API's environment over this store, with the test keys (``FixedKeys``).
    func environment() -> APIEnvironment {
        APIEnvironment(
            store: store, policies: CurrentPolicies(policies), link: SupervisionLink(), authenticator: FixedKeys(),
            clock: clock, logger: Logger(label: "test"), feed: feed
        )
    }

    /// The instant of a Shanghai wall time such as `2026-10-12T09:00`.
    func at(_ text: String) throws -> Instant {
        try InstantParser.parse(text + ":00+08:00", zone: zone)
    }

    /// Registers `caseID` and dispatches it to `unit` at `at` (an urgent noise complaint unless told: accept
    /// in 15 minutes, resolve in 4 hours, so its warning falls due at 80 %, 3 h 12 min after dispatch).
    func dispatch(_ caseID: String, to unit: String, at: String, category: String = "environment.noise", urgency: String = "urgent") throws {
        let lines = [
            IntakeLine.json(id: "\(caseID)-1", case: caseID, type: "registered", at: at + ":00+08:00", fields: ["category": category, "urgency": urgency]),
            IntakeLine.json(id: "\(caseID)-2", case: caseID, type: "dispatched", at: at + ":00+08:00", fields: ["unit": unit]),
        ]
        let records = JSONLinesEventReader.read(lines.joined(separator: "\n")).records
        let now = try self.at(at)
        let (_, problems) = try supervisor.withLock { try $0.ingest(records, source: "test", at: now) }
        precondition(problems.isEmpty, "\(problems)")
    }

    /// Moves the clock to `text` and fires what fell due; `signal`: tells the feed, as the daemon does.
    @discardableResult
    func advance(to text: String, signal: Bool = true) throws -> [Escalation] {
        let now = try at(text)
        clock.set(now)
        let fired = try supervisor.withLock { try $0.advance(to: now) }
        if signal { feed.escalationsCommitted(fired) }
        return fired
    }
}
