import CaseWatchConfig
import CaseWatchCore
import CaseWatchEngine
import CaseWatchStore
import CaseWatchTesting
import Foundation
import Testing

/// The City of Boston's 311 cases of 2015, replayed by their own deadlines, give the city's own verdicts.
@Suite struct BostonReplayTests {
    static let history = CommandHarness.repositoryRoot + "/../shared/data/boston311/replay-2015.csv"
    static let asOf = "2016-01-13T00:00:00-05:00"

    /// The database the history was replayed into and what the replay printed: replayed once for every
    /// test of the suite (it takes about 40 s in a debug build), removed when the test process exits.
    static let replayed: (db: String, result: CommandResult) = {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("casewatch-boston-\(getpid())").path
        try? FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        atexit { try? FileManager.default.removeItem(at: FileManager.default.temporaryDirectory.appendingPathComponent("casewatch-boston-\(getpid())")) }
        let db = directory + "/boston.sqlite"
        let result = CommandHarness.run([
            "replay", history, "--db", db, "--policies", CommandHarness.policies, "--as-of", asOf, "--deadlines", "explicit",
        ])
        return (db, result)
    }()

    @Test(.enabled(if: FileManager.default.fileExists(atPath: history), "needs ../shared/data/boston311"))
    func overdueFiresOnceForExactlyTheCasesTheCityFlaggedOverdue() throws {
        let (db, result) = Self.replayed
        #expect(result.exitCode == 0, "\(result.err)")
        #expect(result.out.contains("replayed 121145 cases"))
        #expect(result.out.contains("0 records refused"))

        let overdue = try SQLiteCaseStore.open(at: db).read { try $0.escalations(tier: .overdue) }
        let overdueCases = overdue.map(\.escalation.caseID.rawValue)
        #expect(Set(overdueCases).count == overdueCases.count, "an overdue tier fired twice for a case")

        let table = try CSVTable(String(contentsOfFile: Self.history, encoding: .utf8))
        let column = Dictionary(uniqueKeysWithValues: table.header.enumerated().map { ($1, $0) })
        let asOf = try InstantParser.parseWithOffset(Self.asOf)
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

    /// The assessment of the replayed year counts, unit by unit, the cases resolved on time, resolved late
    /// and open past their due date exactly as the city's own `ontime` flags do.
    ///
    /// The period is read in the policy calendar's zone (Asia/Shanghai, 13 hours ahead of Boston in winter):
    /// 2015-01-01 00:00 there is 2014-12-31 11:00 in Boston, before the first case (2015-01-01 00:20), and
    /// 2016-01-12 24:00 there is 2016-01-12 11:00 in Boston, after the last (2015-12-31 23:10), so the
    /// issue's dates take in every case of the year. The deadlines are the city's own due dates
    /// (`--deadlines explicit`); cases without one have no resolve deadline and are not counted, as the city
    /// counts them on time. The few cases the city left unflagged are counted by the rule its flags follow
    /// (closed by the due date is on time; open past it is overdue), checked against every flagged case.
    @Test(.enabled(if: FileManager.default.fileExists(atPath: history), "needs ../shared/data/boston311"))
    func assessmentCountsEachUnitsCasesAsTheCitysFlagsDo() throws {
        let (db, replay) = Self.replayed
        #expect(replay.exitCode == 0, "\(replay.err)")
        let asOf = try InstantParser.parseWithOffset(Self.asOf)
        let table = try CSVTable(String(contentsOfFile: Self.history, encoding: .utf8))
        let column = Dictionary(uniqueKeysWithValues: table.header.enumerated().map { ($1, $0) })
        var expected: [String: [Int]] = [:]  // unit → [on time, late, open overdue]
        var flagsFollowTheRule = 0
        for row in table.rows {
            let field = { (name: String) in row.fields[column[name]!] }
            guard !field("due_at").isEmpty else { continue }
            let due = try InstantParser.parseWithOffset(field("due_at"))
            let created = try InstantParser.parseWithOffset(field("created_at"))
            let closed = field("closed_at").isEmpty ? nil : max(try InstantParser.parseWithOffset(field("closed_at")), created)
            let byRule: Int? = closed.map { $0 <= due ? 0 : 1 } ?? (due < asOf ? 2 : nil)
            let byFlag: Int? = switch (field("ontime"), closed != nil) {
            case ("ONTIME", true): 0
            case ("OVERDUE", true): 1
            case ("OVERDUE", false): 2
            case ("ONTIME", false): nil
            default: byRule  // unflagged
            }
            #expect(byFlag == byRule, "case \(field("case_id")): flag \(field("ontime"))")
            if byFlag == byRule { flagsFollowTheRule += 1 }
            guard let index = byFlag else { continue }
            expected[field("unit"), default: [0, 0, 0]][index] += 1
        }
        #expect(flagsFollowTheRule > 90_000)

        let policies = try ConfigLoader.loadPolicySet(at: CommandHarness.policies)
        let zone = try #require(ZoneRules(identifier: "Asia/Shanghai"))
        let run = AssessmentRun(store: try SQLiteCaseStore.open(at: db), catalog: policies, zone: zone, rules: .standard)
        let period = try #require(AssessmentPeriod(from: LocalDate(year: 2015, month: 1, day: 1)!, to: LocalDate(year: 2016, month: 1, day: 12)!))
        let report = try run.report(period, asOf: asOf, level: .unit)
        #expect(report.total.tally.received == 121_145)
        #expect(report.policyVersions == ["2026.1+explicit"])
        var ours: [String: [Int]] = [:]
        for row in report.rows where row.tally.resolvedOnTime + row.tally.resolvedLate + row.tally.openOverdue > 0 {
            ours[row.unit.rawValue] = [row.tally.resolvedOnTime, row.tally.resolvedLate, row.tally.openOverdue]
        }
        #expect(ours == expected)

        let command = CommandHarness.run([
            "assess", "--db", db, "--policies", CommandHarness.policies, "--from", "2015-01-01", "--to", "2016-01-12", "--as-of", Self.asOf,
        ])
        #expect(command.exitCode == 0, "\(command.err)")
        #expect(command.out.hasPrefix("Period:          2015-01-01 – 2016-01-12 (Asia/Shanghai)\nAs of:           2016-01-13T13:00:00+08:00\n"))
        #expect(command.out.contains("Policy versions: 2026.1+explicit"))
    }
}
