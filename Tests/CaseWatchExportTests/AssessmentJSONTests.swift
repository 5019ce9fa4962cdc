import CaseWatchCore
@testable import CaseWatchExport
import Foundation
import Testing

@Suite("AssessmentJSON")
struct AssessmentJSONTests {
    /// The export parsed by Foundation's reader (independent of the writer).
    private func document(_ report: AssessmentReport) throws -> [String: Any] {
        let text = AssessmentJSON.render(report)
        return try #require(JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    @Test("the top level states the period, as-of, level, policies, event log, rules and checksum")
    func topLevel() throws {
        let report = SampleReports.awkward()
        let json = try document(report)
        #expect(Set(json.keys) == [
            "schema", "period", "as_of", "level", "policy_versions", "event_log", "rules", "total", "rows", "trend", "checksum",
        ])
        #expect(json["schema"] as? String == "casewatch-assessment/1")
        let period = try #require(json["period"] as? [String: Any])
        #expect(period["from"] as? String == "2026-11-01")
        #expect(period["to"] as? String == "2026-11-30")
        #expect(period["zone"] as? String == "Asia/Shanghai")
        #expect(period["label"] as? String == "2026-11")
        #expect(json["as_of"] as? String == "2026-12-01T00:00:00+08:00")
        #expect(json["policy_versions"] as? [String] == ["citywide-2026.2", "urgent-2026.1"])
        let log = try #require(json["event_log"] as? [String: Any])
        #expect(log["first_seq"] as? Int == 1)
        #expect(log["last_seq"] as? Int == 48211)
        #expect(json["checksum"] as? String == AssessmentChecksum.of(report))
        let rules = try #require(json["rules"] as? [String: Any])
        #expect(rules["minimum_cases"] as? Int == 10)
        #expect((rules["tier_deductions"] as? [String: Any])?.count == 5)
    }

    @Test("a row carries counts, escalations per tier, rates in percent, points, rank and small_sample")
    func row() throws {
        let rows = try #require(try document(SampleReports.awkward())["rows"] as? [[String: Any]])
        let comma = try #require(rows.first { $0["unit"] as? String == "u-comma" })
        #expect(comma["name"] as? String == "Roads, Bridges and Tunnels")
        #expect(comma["received"] as? Int == 40)
        #expect(comma["accepted_on_time"] as? Int == 38)
        #expect(comma["resolved_on_time"] as? Int == 30)
        #expect(comma["resolved_late"] as? Int == 5)
        #expect(comma["open_overdue"] as? Int == 3)
        #expect(comma["surveyed"] as? Int == 20)
        #expect(comma["satisfied"] as? Int == 15)
        #expect(comma["basically_satisfied"] as? Int == 3)
        #expect(comma["escalations"] as? [String: Int] == ["warning": 6, "overdue": 3, "urge": 1, "leadership": 0, "notice": 0])
        #expect(comma["resolution_rate"] as? Double == 78.95)
        #expect(comma["deductions"] as? Double == 5)
        #expect(comma["small_sample"] as? Bool == false)
        let newline = try #require(rows.first { $0["unit"] as? String == "u-newline" })
        #expect(newline["satisfaction_rate"] is NSNull)
        let small = try #require(rows.first { $0["unit"] as? String == "u-cjk" })
        #expect(small["rank"] is NSNull)
        #expect(small["small_sample"] as? Bool == true)
    }

    @Test("numbers are exact text with two decimals; keys are sorted; non-ASCII stays UTF-8")
    func exactText() {
        let text = AssessmentJSON.render(SampleReports.awkward())
        #expect(text.contains("\"resolution_rate\": 78.95,"))
        #expect(text.contains("\"response_rate\": 100.00,"))
        #expect(text.contains("\"deductions\": 5.00,"))
        #expect(text.contains("\"name\": \"市住房和城乡建设局 👷‍♀️ 🚧\""))
        #expect(text.contains("\"name\": \"Line one\\r\\nLine two\\nthree\""))
        #expect(text.contains("\"name\": \"The \\\"Quick\\\" Fix Team\""))
        let topKeys = text.split(separator: "\n").filter { $0.hasPrefix("  \"") }.map { $0.split(separator: "\"")[1] }
        #expect(topKeys == topKeys.sorted())
        #expect(text.hasSuffix("}\n"))
    }

    @Test("an empty event log gives null positions; a unit without a name gives a null name")
    func nulls() throws {
        let base = SampleReports.awkward(names: [:])
        let report = AssessmentReport(
            from: base.from, to: base.to, asOf: base.asOf, zone: base.zone, level: base.level, policyVersions: [],
            eventLogRange: nil, rows: base.rows, total: base.total, unitNames: [:], trend: [], rules: base.rules
        )
        let json = try document(report)
        let log = try #require(json["event_log"] as? [String: Any])
        #expect(log["first_seq"] is NSNull && log["last_seq"] is NSNull)
        let rows = try #require(json["rows"] as? [[String: Any]])
        #expect(rows.allSatisfy { $0["name"] is NSNull })
        #expect((json["total"] as? [String: Any])?["rank"] is NSNull)
    }

    @Test("JSON ignores the language")
    func languageFree() {
        let report = SampleReports.awkward()
        #expect(AssessmentExport.render(report, format: .json, language: .en) == AssessmentExport.render(report, format: .json, language: .zh))
    }
}

@Suite("AssessmentJSONSchema")
struct AssessmentJSONSchemaTests {
    /// `docs/assessment-schema.json`, found from this file's path.
    private func schema() throws -> [String: Any] {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("docs/assessment-schema.json")
        return try #require(JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any])
    }

    @Test("the documented schema lists exactly the keys the export writes")
    func keysMatch() throws {
        let schema = try schema()
        let json = try #require(
            JSONSerialization.jsonObject(with: Data(AssessmentJSON.render(SampleReports.city()).utf8)) as? [String: Any]
        )
        #expect(Set(try #require(schema["required"] as? [String])) == Set(json.keys))
        let row = try #require((schema["$defs"] as? [String: Any])?["row"] as? [String: Any])
        let rowKeys = Set(try #require(row["required"] as? [String]))
        let rows = try #require(json["rows"] as? [[String: Any]])
        #expect(rows.allSatisfy { Set($0.keys) == rowKeys })
        #expect(Set(try #require(json["total"] as? [String: Any]).keys) == rowKeys)
    }
}
