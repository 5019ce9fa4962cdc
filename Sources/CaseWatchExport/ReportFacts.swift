import CaseWatchCore

/// What every export states so that it can be reproduced: the period, the as-of instant, the level, the
/// policy versions, the event-log range and the checksum, as display text.
struct ReportFacts {
    /// The first day of the period, `2026-11-01`.
    let from: String
    /// The last day of the period (inclusive).
    let to: String
    /// The zone the period is read in.
    let zone: String
    /// The as-of instant in the zone, ISO 8601 with its offset (UTC when the zone is unknown).
    let asOf: String
    /// `unit`, `street`, `district` or `city`.
    let level: String
    /// The policy versions, in the report's order.
    let policyVersions: [String]
    /// The first and last event-log `seq`, nil for an empty log.
    let eventLog: (first: Int64, last: Int64)?
    /// `fnv1a64:` and sixteen hex digits.
    let checksum: String
    /// A short label for the period: `2026-11` for a whole month, else `2026-11-01–2026-11-15`.
    let periodLabel: String

    /// The facts of `report`.
    init(_ report: AssessmentReport) {
        from = report.from.description
        to = report.to.description
        zone = report.zone
        asOf = ZoneRules(identifier: report.zone).map { InstantFormatter.format(report.asOf, in: $0) }
            ?? InstantFormatter.format(report.asOf, offsetSeconds: 0)
        level = report.level
        policyVersions = report.policyVersions
        eventLog = report.eventLogRange.map { ($0.lowerBound, $0.upperBound) }
        checksum = AssessmentChecksum.of(report)
        let wholeMonth = report.from.day == 1 && report.from.year == report.to.year && report.from.month == report.to.month
            && LocalDate(year: report.to.year, month: report.to.month, day: report.to.day + 1) == nil
        periodLabel = wholeMonth ? String(report.from.description.prefix(7)) : "\(from)–\(to)"
    }

    /// `2026-11-01 – 2026-11-30 (Asia/Shanghai)` or `2026-11-01 至 2026-11-30（Asia/Shanghai）`.
    func period(_ language: AssessmentExport.Language) -> String {
        language.pick("\(from) – \(to) (\(zone))", "\(from) 至 \(to)（\(zone)）")
    }

    /// `v3, v4`, or `none` / `无`.
    func policies(_ language: AssessmentExport.Language) -> String {
        policyVersions.isEmpty ? language.pick("none", "无") : policyVersions.joined(separator: ", ")
    }

    /// `seq 1–48211`, or `empty` / `空`.
    func eventLogRange(_ language: AssessmentExport.Language) -> String {
        guard let eventLog else { return language.pick("empty", "空") }
        return "seq \(eventLog.first)–\(eventLog.last)"
    }

    /// The facts as labelled lines, in the order every text export lists them.
    func lines(_ language: AssessmentExport.Language) -> [(label: String, value: String)] {
        [
            (language.pick("Period", "考核周期"), period(language)),
            (language.pick("As of", "统计截至"), asOf),
            (language.pick("Level", "考核层级"), level),
            (language.pick("Policy versions", "政策版本"), policies(language)),
            (language.pick("Event log", "事件日志"), eventLogRange(language)),
            (language.pick("Checksum", "校验码"), checksum),
        ]
    }
}
