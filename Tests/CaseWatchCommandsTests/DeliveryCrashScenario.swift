import CaseWatchCore
import CaseWatchEngine
import CaseWatchStore
import CaseWatchTesting
import Foundation

/// A seed-unit database whose urgent cases escalate every few simulated minutes, supervised by `casewatchd` on
/// a simulated clock that every restarted daemon shares, with deliveries routed to one local webhook.
final class DeliveryCrashScenario {
    let fixture: IntakeFixture
    let policies: String
    let store: SQLiteCaseStore
    let start: Instant
    let rate: Int64
    private(set) var anchor: Int64 = 0

    static let units = ["cc.nanguan", "cc.kuancheng", "cc.zhujian", "cc.jiaotong", "cc.nanguan.ziqiang.dongling"]
    static let kinds = ["road.pothole", "environment.noise", "water.outage"]

    /// The routing: every notice to one webhook, kept for 30 days.
    static func notifyYAML(url: String) -> String {
        """
        kind: notify
        base_url: https://casewatch.example.gov.cn
        receivers:
          - name: centre
            channel: webhook
            url: \(url)
            max_age: 720h
            timeout: 5s
        routes:
          - receivers: [centre]
        """
    }

    init(fixture: IntakeFixture, policies: String, rate: Int64) throws {
        self.fixture = fixture
        self.policies = policies
        self.rate = rate
        store = try SQLiteCaseStore.open(at: fixture.db)
        start = try InstantParser.parse("2026-10-12T00:00:00+08:00", zone: ZoneRules(identifier: "Asia/Shanghai")!)
    }

    /// Starts the simulated clock `milliseconds` from now.
    func anchor(inMilliseconds milliseconds: Int64) {
        anchor = SystemClock().nanosecondsSinceEpoch() + milliseconds * 1_000_000
    }

    /// The simulated instant now.
    var now: Instant { anchor == 0 ? start : SimulatedClock(origin: start, anchorNanoseconds: anchor, rate: rate).now }

    /// The daemon's command line (the follow interval is simulated: 2 m is 30 ms of real time).
    var daemonArguments: [String] {
        [
            "--db", fixture.db, "--policies", policies, "--follow-interval", "2m",
            "--simulate-from", InstantFormatter.format(start, offsetSeconds: 0),
            "--simulate-anchor", "\(anchor)", "--simulate-rate", "\(rate)",
        ]
    }

    /// `count` urgent cases registered in the simulated hour before the start, dispatched a minute later: their
    /// accept and resolve ladders fall due over the next hours, while the daemons are killed.
    func ingestUrgentCases(count: Int, using rng: inout SeededGenerator) throws {
        let lines = (0..<count).flatMap { n -> [String] in
            let at = start.adding(seconds: -3_600 + Int64.random(in: 0..<3_600, using: &rng))
            return [
                IntakeLine.json(id: "U\(n)-1", case: "U\(n)", type: "registered", at: at,
                                fields: ["category": Self.kinds.randomElement(using: &rng)!, "urgency": "urgent"]),
                IntakeLine.json(id: "U\(n)-2", case: "U\(n)", type: "dispatched", at: at.adding(seconds: 60),
                                fields: ["unit": Self.units.randomElement(using: &rng)!]),
            ]
        }
        let file = try fixture.write("cases.jsonl", lines.joined(separator: "\n"))
        let result = CommandHarness.run(["ingest", file, "--db", fixture.db, "--policies", policies])
        guard result.exitCode == 0 else { throw FixtureFailure(message: result.err) }
    }

    /// Whether every notice is routed and no delivery waits.
    func outboxIsDrained() throws -> Bool {
        try store.read { reader in
            let outbox = try reader.outbox(at: now)
            return try reader.unroutedNoticeCount() == 0 && outbox.pending == 0 && outbox.failed == 0
        }
    }

    /// Every delivery stored.
    func deliveries() throws -> [StoredDelivery] {
        try store.read { try $0.deliveries(limit: 1_000_000) }
    }

    /// How many escalations were recorded.
    func escalationCount() throws -> Int {
        try store.read { try $0.escalations().count }
    }
}
