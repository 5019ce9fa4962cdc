import CaseWatchCore
import CaseWatchEngine
import CaseWatchStore
import CaseWatchTesting
import Foundation
import Testing

/// The City of Boston's 311 cases of 2015, replayed by their own deadlines, give the city's own verdicts.
@Suite struct BostonReplayTests {
    static let history = CommandHarness.repositoryRoot + "/../shared/data/boston311/replay-2015.csv"

    @Test(.enabled(if: FileManager.default.fileExists(atPath: history), "needs ../shared/data/boston311"))
    func overdueFiresOnceForExactlyTheCasesTheCityFlaggedOverdue() throws {
        let directory = try TemporaryDirectory()
        let db = directory.path + "/boston.sqlite"
        let result = CommandHarness.run([
            "replay", Self.history, "--db", db, "--policies", CommandHarness.policies,
            "--as-of", "2016-01-13T00:00:00-05:00", "--deadlines", "explicit",
        ])
        #expect(result.exitCode == 0, "\(result.err)")
        #expect(result.out.contains("replayed 121145 cases"))
        #expect(result.out.contains("0 records refused"))

        let overdue = try CaseStore.open(at: db).read { try $0.escalations(tier: .overdue) }
        let overdueCases = overdue.map(\.escalation.caseID.rawValue)
        #expect(Set(overdueCases).count == overdueCases.count, "an overdue tier fired twice for a case")

        let table = try CSVTable(String(contentsOfFile: Self.history, encoding: .utf8))
        let column = Dictionary(uniqueKeysWithValues: table.header.enumerated().map { ($1, $0) })
        let asOf = try InstantParser.parseWithOffset("2016-01-13T00:00:00-05:00")
        var expected: Set<String> = []
        var cityPerUnit: [String: [String: Int]] = [:]
        var oursPerUnit: [String: [String: Int]] = [:]
        let fired = Set(overdueCases)
        for row in table.rows {
            let field = { (name: String) in row.fields[column[name]!] }
            let caseID = field("case_id")
            if !field("due_at").isEmpty {
                let due = try InstantParser.parseWithOffset(field("due_at"))
                let created = try InstantParser.parseWithOffset(field("created_at"))
                if !field("closed_at").isEmpty {
                    if max(try InstantParser.parseWithOffset(field("closed_at")), created) > due { expected.insert(caseID) }
                } else if due < asOf {
                    expected.insert(caseID)
                }
            }
            let flag = field("ontime")
            guard !flag.isEmpty else { continue }  // the city flagged every case but a few
            cityPerUnit[field("unit"), default: [:]][flag, default: 0] += 1
            oursPerUnit[field("unit"), default: [:]][fired.contains(caseID) ? "OVERDUE" : "ONTIME", default: 0] += 1
        }
        #expect(fired == expected, "fired but not due: \(fired.subtracting(expected).prefix(5)); due but not fired: \(expected.subtracting(fired).prefix(5))")
        #expect(oursPerUnit == cityPerUnit)
    }
}
