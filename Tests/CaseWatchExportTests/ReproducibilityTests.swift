import CaseWatchCore
import CaseWatchExport
import Testing

@Suite("Reproducibility")
struct ReproducibilityTests {
    /// Every format and language.
    static let variants = AssessmentExport.Format.allCases.flatMap { format in
        AssessmentExport.Language.allCases.map { (format, $0) }
    }

    @Test("the same report gives byte-identical output", arguments: variants)
    func identical(format: AssessmentExport.Format, language: AssessmentExport.Language) {
        let first = AssessmentExport.render(SampleReports.city(), format: format, language: language)
        let second = AssessmentExport.render(SampleReports.city(), format: format, language: language)
        #expect(first == second)
        #expect(!first.isEmpty)
    }

    @Test("dictionaries filled in another order give the same bytes", arguments: variants)
    func dictionaryOrder(format: AssessmentExport.Format, language: AssessmentExport.Language) {
        let report = SampleReports.awkward()
        var names: [UnitID: String] = [:]
        for (unit, name) in report.unitNames.sorted(by: { $0.key > $1.key }) { names[unit] = name }
        var rules = report.rules
        rules.tierDeductions = [:]
        for (tier, points) in report.rules.tierDeductions.sorted(by: { $0.key > $1.key }) { rules.tierDeductions[tier] = points }
        let reordered = AssessmentReport(
            from: report.from, to: report.to, asOf: report.asOf, zone: report.zone, level: report.level,
            policyVersions: report.policyVersions, eventLogRange: report.eventLogRange, rows: report.rows, total: report.total,
            unitNames: names, trend: report.trend, rules: rules
        )
        #expect(AssessmentExport.render(report, format: format, language: language)
            == AssessmentExport.render(reordered, format: format, language: language))
    }

    @Test("every export states the period, as-of, policy versions, event-log range and checksum", arguments: variants)
    func statesItsSources(format: AssessmentExport.Format, language: AssessmentExport.Language) {
        let report = SampleReports.awkward()
        let text = String(decoding: AssessmentExport.render(report, format: format, language: language), as: UTF8.self)
        for fact in ["2026-11-01", "2026-11-30", "2026-12-01T00:00:00+08:00", "citywide-2026.2", "urgent-2026.1", "48211",
                     AssessmentChecksum.of(report)] {
            #expect(text.contains(fact), "\(format) \(language) does not state \(fact)")
        }
    }
}
