import CaseWatchCore
@testable import CaseWatchExport
import Testing

@Suite("AssessmentCSV")
struct AssessmentCSVTests {
    /// The records of an export, after checking and dropping its byte-order mark.
    private func records(_ bytes: [UInt8]) throws -> [[String]] {
        #expect(Array(bytes.prefix(3)) == [0xEF, 0xBB, 0xBF])
        return try RFC4180Reader.records(bytes.dropFirst(3))
    }

    @Test("the facts come first, then an empty record, then the header, the rows and the total")
    func layout() throws {
        let report = SampleReports.awkward()
        let records = try records(AssessmentCSV.render(report, language: .en))
        #expect(records[0] == ["Period", "2026-11-01 – 2026-11-30 (Asia/Shanghai)"])
        #expect(records[1] == ["As of", "2026-12-01T00:00:00+08:00"])
        #expect(records[2] == ["Level", "unit"])
        #expect(records[3] == ["Policy versions", "citywide-2026.2, urgent-2026.1"])
        #expect(records[4] == ["Event log", "seq 1–48211"])
        #expect(records[5] == ["Checksum", AssessmentChecksum.of(report)])
        #expect(records[6] == [])
        #expect(AssessmentCSV.preambleRecords == 7)
        let header = records[7]
        #expect(header.count == 22)
        #expect(records.count == 8 + report.rows.count + 1)
        #expect(records.dropFirst(8).allSatisfy { $0.count == header.count })
        #expect(records.last?[1] == "City total")
    }

    @Test("awkward unit names survive the round trip")
    func awkwardNames() throws {
        let report = SampleReports.awkward()
        let table = try records(AssessmentCSV.render(report, language: .en)).dropFirst(8)
        let names = Dictionary(uniqueKeysWithValues: table.map { ($0[0], $0[1]) })
        for (unit, name) in SampleReports.awkwardNames {
            #expect(names[unit.rawValue] == name)
        }
    }

    @Test("a name that a spreadsheet would run as a formula stays text; numbers stay numbers")
    func formulaNames() throws {
        let names: [UnitID: String] = [UnitID("u-comma"): "=HYPERLINK(\"http://x\")", UnitID("u-quote"): "-cmd|' /C calc'!A0"]
        let report = SampleReports.awkward(names: names)
        let table = try records(AssessmentCSV.render(report, language: .en)).dropFirst(8)
        let written = Dictionary(uniqueKeysWithValues: table.map { ($0[0], $0[1]) })
        #expect(written["u-comma"] == "'=HYPERLINK(\"http://x\")")
        #expect(written["u-quote"] == "'-cmd|' /C calc'!A0")
        #expect(AssessmentCSV.spreadsheetSafe("-5.00") == "-5.00" && AssessmentCSV.spreadsheetSafe("@x") == "'@x")
    }

    @Test("a cell starting with - that is not a plain number is neutralised (OWASP); negative numbers are not")
    func minusCells() {
        for formula in ["-2+3+cmd|' /C calc'!A0", "-1.5.2", "-", "--1", "-1e3", "-1)", "-.5"] {
            #expect(AssessmentCSV.spreadsheetSafe(formula) == "'" + formula, "\(formula)")
        }
        for number in ["-1", "-5.00", "-12.5%", "-0"] {
            #expect(AssessmentCSV.spreadsheetSafe(number) == number)
        }
        #expect(AssessmentCSV.spreadsheetSafe("\tx") == "'\tx" && AssessmentCSV.spreadsheetSafe("\rx") == "'\rx")
        #expect(AssessmentCSV.spreadsheetSafe("+1") == "'+1" && AssessmentCSV.spreadsheetSafe("=1") == "'=1")
    }

    @Test("figures: counts, rates as percentages, deductions, score, rank or small sample")
    func figures() throws {
        let report = SampleReports.awkward()
        let rows = try records(AssessmentCSV.render(report, language: .en))
        let header = rows[7]
        let byUnit = Dictionary(uniqueKeysWithValues: rows.dropFirst(8).map { ($0[0], Dictionary(uniqueKeysWithValues: zip(header, $0))) })
        let comma = try #require(byUnit["u-comma"])
        #expect(comma["Received"] == "40")
        #expect(comma["Accepted on time"] == "38")
        #expect(comma["Response rate"] == "95.00%")
        #expect(comma["Resolution rate"] == "78.95%")  // 30 / (30 + 5 + 3)
        #expect(comma["(Basically) satisfied"] == "18")
        #expect(comma["Satisfaction rate"] == "90.00%")
        #expect(comma["Warnings"] == "6")
        #expect(comma["Urged"] == "1")
        #expect(comma["Deductions"] == "5.00")  // overdue 3 × 1 + urge 1 × 2
        let newline = try #require(byUnit["u-newline"])
        #expect(newline["Satisfaction rate"] == "")  // nobody surveyed
        #expect(newline["Sign-offs"] == "1")
        #expect(byUnit["u-cjk"]?["Rank"] == "small sample")
        #expect(byUnit["city"]?["Rank"] == "")
        #expect(byUnit["u-quote"]?["Rank"] == "1")
    }

    @Test("Chinese column names as a 12345 office uses them")
    func chineseHeaders() throws {
        let rows = try records(AssessmentCSV.render(SampleReports.awkward(), language: .zh))
        #expect(rows[0][0] == "考核周期")
        let header = rows[7]
        for name in ["单位编码", "承办单位", "受理量", "按时签收数", "按时签收率", "按时办结数", "超期办结", "超期未结", "按时办结率",
                     "预警", "超时", "催办", "提级督办", "通报", "领导批示", "回访量", "满意率", "扣分", "综合得分", "排名"] {
            #expect(header.contains(name), "missing \(name)")
        }
        #expect(rows.contains { $0.last == "样本不足" })
        #expect(rows.last?[1] == "全市合计")
    }
}
