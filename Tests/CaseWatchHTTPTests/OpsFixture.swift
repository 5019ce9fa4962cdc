import CaseWatchConfig
import CaseWatchCore
import CaseWatchEngine
import CaseWatchHTTP
import CaseWatchStore
import CaseWatchTesting
import Foundation
import Hummingbird
import Logging

/// A store with the seed unit tree and a dozen urgent cases dispatched on Monday 2026-10-12, supervised up
/// to a week later (every one overdue, escalations recorded), and the API over it on a manual clock, for
/// the tests of `/metrics`, `/v1/status` and `/v1/assessment`.
///
/// `@unchecked Sendable`: every stored property is a constant set in `init`, and the temporary store (not
/// `Sendable` itself) is only read from.
final class OpsFixture: @unchecked Sendable {
    let temporary: TemporaryStore
    let policies: PolicySet
    let zone = ZoneRules(identifier: "Asia/Shanghai")!
    let clock: ManualClock
    let metrics = APIMetrics()
    let link = SupervisionLink()
    /// The escalations the supervisor fired.
    let fired: [Escalation]

    var store: SQLiteCaseStore { temporary.store }

    /// The store, `cases` cases and the clock at 2026-10-19 12:00 +08:00 (all of them fired up to then).
    init(cases: Int = 12) throws {
        temporary = try TemporaryStore()
        policies = try HTTPFixtures.policies()
        let units = try ConfigLoader.loadUnits(at: HTTPFixtures.repositoryRoot + "/seeds/units.yaml")
        try temporary.store.write { try $0.upsertUnits(units) }
        let nine = try InstantParser.parse("2026-10-12T09:00:00+08:00", zone: zone)
        try Self.ingest((0..<cases).flatMap { Self.urgentCase("OPS\($0)", at: nine.adding(seconds: Int64($0 * 600)), unit: $0 % 2 == 0 ? "cc.nanguan" : "cc.chaoyang") },
                        store: temporary.store, policies: policies, at: nine)
        let now = try InstantParser.parse("2026-10-12T12:00:00+08:00", zone: zone)
        clock = ManualClock(now)
        var supervisor = Supervisor(store: temporary.store, catalog: policies)
        fired = try supervisor.start(at: now)
    }

    /// The lines of an urgent noise case registered at `at` and dispatched a minute later to `unit`.
    static func urgentCase(_ id: String, at: Instant, unit: String) -> [String] {
        [
            IntakeLine.json(id: "\(id)-1", case: id, type: "registered", at: at, fields: ["category": "environment.noise", "urgency": "urgent"]),
            IntakeLine.json(id: "\(id)-2", case: id, type: "dispatched", at: at.adding(seconds: 60), fields: ["unit": unit]),
        ]
    }

    /// Appends `lines` to the store's event log, as `casewatch ingest` would; every line must be accepted.
    static func ingest(_ lines: [String], store: any CaseStore, policies: PolicySet, at: Instant) throws {
        let parse = JSONLinesEventReader.read(lines.joined(separator: "\n"))
        precondition(parse.problems.isEmpty, "\(parse.problems)")
        let intake = EventIntake(store: store, catalog: policies)
        let check = try intake.check(parse.records)
        precondition(check.problems.isEmpty, "\(check.problems)")
        _ = try intake.append(check.accepted, source: "test", recordedAt: at)
    }

    /// The API over the store, with the fixed test keys.
    func application() -> some ApplicationProtocol {
        let environment = APIEnvironment(
            store: store, policies: CurrentPolicies(policies), link: link, authenticator: FixedKeys(), clock: clock,
            logger: Logger(label: "test"), metrics: metrics,
            assessmentRules: { try ConfigLoader.loadAssessmentRules(at: HTTPFixtures.repositoryRoot + "/policies") }
        )
        return Application(router: APIServer.router(environment))
    }

    /// The JSON object in `body`.
    static func object(_ body: ByteBuffer) throws -> [String: Any] {
        try JSONSerialization.jsonObject(with: Data(String(buffer: body).utf8)) as? [String: Any] ?? [:]
    }
}

extension HTTPFields {
    /// A bearer credential of `key`.
    static func bearer(_ key: String) -> HTTPFields { [.authorization: "Bearer \(key)"] }
}
