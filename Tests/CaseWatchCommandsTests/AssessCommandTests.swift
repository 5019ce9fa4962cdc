import CaseWatchTesting
import Foundation
import Testing

/// `casewatch assess` on the sample city `casewatch init` loads (1,500 cases from 2026-10-08).
@Suite struct AssessCommandTests {
    let directory: TemporaryDirectory
    let db: String

    init() throws {
        directory = try TemporaryDirectory()
        db = directory.path + "/c.sqlite"
        let result = CommandHarness.run([
            "init", "--db", db, "--seeds", CommandHarness.repositoryRoot + "/seeds", "--policies", CommandHarness.policies,
        ])
        precondition(result.exitCode == 0, result.err)
    }

    func assess(_ arguments: [String]) -> CommandResult {
        CommandHarness.run(["assess", "--db", db, "--policies", CommandHarness.policies] + arguments)
    }

    @Test func aMonthAtDistrictLevelInChineseIsWrittenAtomicallyAndAgainTheSame() throws {
        let out = directory.path + "/october.txt"
        let arguments = ["--period", "2026-10", "--as-of", "2026-11-01T00:00:00+08:00", "--level", "district", "--lang", "zh", "--out", out]
        let first = assess(arguments)
        #expect(first.exitCode == 0, "\(first.err)")
        #expect(first.out.hasPrefix("wrote \(out): "))
        let text = try String(contentsOfFile: out, encoding: .utf8)
        #expect(text.hasPrefix("考核周期：2026-10-01 至 2026-10-31（Asia/Shanghai）"), "\(text.prefix(200))")
        #expect(text.contains("2026-11-01T00:00:00+08:00"))
        #expect(text.contains("受理量") && text.contains("综合得分") && text.contains("全市合计"))
        #expect(assess(arguments).exitCode == 0)
        #expect(try String(contentsOfFile: out, encoding: .utf8) == text, "the same database gives the same report")
    }

    @Test func everyFormatIsWrittenAndTheSameTwice() throws {
        for format in ["csv", "json", "html"] {
            let out = directory.path + "/october.\(format)"
            let arguments = ["--period", "2026-10", "--as-of", "2026-11-01T00:00:00+08:00", "--format", format, "--out", out]
            let first = assess(arguments)
            #expect(first.exitCode == 0, "\(format): \(first.err)")
            let bytes = try Data(contentsOf: URL(fileURLWithPath: out))
            #expect(assess(arguments).exitCode == 0)
            #expect(try Data(contentsOf: URL(fileURLWithPath: out)) == bytes, "\(format): the same database gives the same bytes")
            switch format {
            case "csv":
                #expect(Array(bytes.prefix(3)) == [0xEF, 0xBB, 0xBF], "UTF-8 with a byte-order mark for Excel and WPS")
            case "json":
                let object = try #require(try JSONSerialization.jsonObject(with: bytes) as? [String: Any])
                let rows = try #require(object["rows"] as? [[String: Any]])
                #expect(!rows.isEmpty && rows.allSatisfy { $0["unit"] != nil && $0["score"] != nil && $0["rank"] != nil })
                #expect(object["checksum"] != nil && object["policy_versions"] != nil)
            default:
                let html = String(decoding: bytes, as: UTF8.self)
                #expect(html.contains("<svg") && !html.contains("http://") && !html.contains("https://"))
            }
        }
    }

    @Test func badPeriodsAreRefusedWithHowToWriteThem() {
        let month = assess(["--period", "2026-13"])
        #expect(month.exitCode != 0 && month.err.contains("--period '2026-13': write a month 2026-11, a quarter 2026-Q4 or a year 2026"))
        let both = assess(["--period", "2026-10", "--from", "2026-10-01", "--to", "2026-10-31"])
        #expect(both.exitCode != 0 && both.err.contains("--period and --from/--to both choose the period; give one of them"))
        let half = assess(["--from", "2026-10-01"])
        #expect(half.exitCode != 0 && half.err.contains("--from and --to go together"))
        let backwards = assess(["--from", "2026-10-31", "--to", "2026-10-01"])
        #expect(backwards.exitCode != 0 && backwards.err.contains("--from 2026-10-31 is after --to 2026-10-01"))
        let date = assess(["--from", "2026-02-30", "--to", "2026-03-01"])
        #expect(date.exitCode != 0 && date.err.contains("--from '2026-02-30': write a date YYYY-MM-DD that exists"))
    }

    @Test func aUnitsRecordShowsItsCasesAndLedger() throws {
        let result = CommandHarness.run([
            "assess", "unit", "cc.chaoyang", "--db", db, "--policies", CommandHarness.policies, "--period", "2026-10",
            "--as-of", "2026-11-01T00:00:00+08:00",
        ])
        #expect(result.exitCode == 0, "\(result.err)")
        #expect(result.out.hasPrefix("unit cc.chaoyang ("))
        #expect(result.out.contains("\ncases (") && result.out.contains("\nescalations (") && result.out.contains("\nledger lines ("))
        #expect(result.out.contains("cc.chaoyang.guilin.lvcheng"))
    }

    @Test func aUnitsRecordGoesToOutAndRefusesAFormatItHasNot() throws {
        let directory = try TemporaryDirectory()
        let out = directory.path + "/chaoyang.txt"
        let common = ["--db", db, "--policies", CommandHarness.policies, "--period", "2026-10", "--as-of", "2026-11-01T00:00:00+08:00"]
        let written = CommandHarness.run(["assess", "unit", "cc.chaoyang"] + common + ["--out", out])
        #expect(written.exitCode == 0, "\(written.err)")
        #expect(!written.out.contains("ledger lines ("), "the record went to the file, not to standard output")
        let text = try String(contentsOfFile: out, encoding: .utf8)
        #expect(text.hasPrefix("unit cc.chaoyang (") && text.contains("\nledger lines ("))
        for format in ["json", "csv", "html"] {
            let refused = CommandHarness.run(["assess", "unit", "cc.chaoyang"] + common + ["--format", format])
            #expect(refused.exitCode != 0 && refused.err.contains("--format \(format): a unit's record is a table only"), "\(refused.err)")
        }
    }
}
