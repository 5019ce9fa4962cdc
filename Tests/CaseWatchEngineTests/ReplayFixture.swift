import CaseWatchConfig
import CaseWatchCore
import CaseWatchEngine
import CaseWatchStore
import CaseWatchTesting
import Foundation

/// Replays small event scripts on the shipped policies (cn-mainland calendar) into a fresh database.
struct ReplayFixture: ZonedFixture {
    static let repositoryRoot: String = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { url.deleteLastPathComponent() }
        return url.path
    }()

    let directory: TemporaryDirectory
    let store: SQLiteCaseStore
    let policies: PolicySet
    let zone: ZoneRules

    init() throws {
        let temporary = try TemporaryStore(named: "replay.sqlite")
        directory = temporary.directory
        store = temporary.store
        policies = try ConfigLoader.loadPolicySet(at: Self.repositoryRoot + "/policies")
        zone = ZoneRules(identifier: "Asia/Shanghai")!
    }

    /// The intake line of event `<case>-<n>` (case C1 unless told) at a Shanghai wall time `2026-10-12T09:00`.
    static func line(_ n: Int, _ type: String, _ at: String, _ fields: [String: String] = [:], case caseID: String = "C1") -> String {
        IntakeLine.json(id: "\(caseID)-\(n)", case: caseID, type: type, at: at + ":00+08:00", fields: fields)
    }

    static let registered = ["category": "sanitation", "urgency": "normal"]

    /// Replays the lines up to `asOf` and returns the summary and the escalations, in detection order.
    func replay(_ lines: [String], asOf: String) throws -> (ReplaySummary, [Escalation]) {
        let parse = JSONLinesEventReader.read(lines.joined(separator: "\n"))
        precondition(parse.problems.isEmpty, "\(parse.problems)")
        let replay = HistoryReplay(store: store, catalog: policies, explicitDeadlines: false)
        let summary = try replay.run(parse.records, asOf: try InstantParser.parse(asOf, zone: zone))
        let escalations = try store.read { try $0.escalations() }.map(\.escalation)
        return (summary, escalations)
    }

    func show(_ instant: Instant) -> String { InstantFormatter.format(instant, in: zone) }
}
