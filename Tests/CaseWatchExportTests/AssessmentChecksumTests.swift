import CaseWatchCore
@testable import CaseWatchExport
import Testing

@Suite("AssessmentChecksum")
struct AssessmentChecksumTests {
    @Test("FNV-1a 64 matches the published test vectors")
    func vectors() {
        #expect(AssessmentChecksum.fnv1a64([]) == 0xcbf2_9ce4_8422_2325)
        #expect(AssessmentChecksum.fnv1a64(Array("a".utf8)) == 0xaf63_dc4c_8601_ec8c)
        #expect(AssessmentChecksum.fnv1a64(Array("foobar".utf8)) == 0x8594_4171_f739_67e8)
    }

    @Test("the canonical text lists the facts, each row and the total")
    func canonicalText() {
        let text = AssessmentChecksum.canonicalText(SampleReports.awkward())
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines[0] == "casewatch-assessment/1")
        #expect(lines[1] == "period\t10:2026-11-01\t10:2026-11-30\t13:Asia/Shanghai")
        #expect(lines[2] == "as_of\t1796054400")
        #expect(lines[3] == "level\t4:unit")
        #expect(lines[4] == "policy\t15:citywide-2026.2")
        #expect(lines[6] == "event_log\t1\t48211")
        #expect(lines.contains("row\t7:u-comma\t40\t40\t38\t30\t5\t3\t20\t15\t3\t0\t6\t3\t1\t0\t0\t0\t0\t500\t\(score("u-comma"))\t3"))
        #expect(lines[lines.count - 2].hasPrefix("total\t4:city\t111\t"))
        #expect(lines.last == "")
    }

    @Test("the checksum has the documented shape and changes with any figure")
    func changes() {
        let report = SampleReports.awkward()
        let checksum = AssessmentChecksum.of(report)
        #expect(checksum.hasPrefix("fnv1a64:") && checksum.count == 24)
        var tallies = Dictionary(uniqueKeysWithValues: report.rows.map { ($0.unit, $0.tally) })
        tallies[UnitID("u-quote")]!.resolvedLate += 1
        let changed = SampleReports.report(tallies, names: report.unitNames, trend: [])
        #expect(AssessmentChecksum.of(changed) != checksum)
        #expect(AssessmentChecksum.of(SampleReports.awkward(names: [:])) == checksum, "names are display only")
    }

    /// The score of a sample unit in hundredths.
    private func score(_ unit: String) -> Int {
        SampleReports.awkward().rows.first { $0.unit.rawValue == unit }!.score.hundredths
    }
}
