import CaseWatchCore

/// A plain aligned table of an assessment, for the terminal, with its period and provenance on top.
enum AssessmentTable {
    /// The column names.
    static func header(_ language: AssessmentLanguage) -> [String] {
        switch language {
        case .en:
            ["rank", "unit", "name", "received", "accepted on time", "response rate", "resolved on time", "resolved late",
             "open overdue", "resolution rate", "surveyed", "satisfaction rate", "reopened", "escalations", "sign-offs",
             "passed up", "deductions", "score"]
        case .zh:
            ["排名", "单位编码", "承办单位", "受理量", "按时签收", "按时签收率", "按时办结", "超时办结", "超期未办结", "按时办结率",
             "回访量", "满意率", "重办", "升级", "领导批示", "批示上交", "扣分", "综合得分"]
        }
    }

    /// The report as lines: a heading, the ranked rows, the city's total.
    static func lines(_ report: AssessmentReport, language: AssessmentLanguage) -> [String] {
        let zh = language == .zh
        let range = report.eventLogRange.map { "\($0.lowerBound)–\($0.upperBound)" } ?? (zh ? "无" : "none")
        let zone = ZoneRules(identifier: report.zone)
        let asOf = zone.map { InstantFormatter.format(report.asOf, in: $0) } ?? "\(report.asOf)"
        let versions = report.policyVersions.isEmpty ? "-" : report.policyVersions.joined(separator: ", ")
        var lines = [
            zh ? "考核期 \(report.from) 至 \(report.to)（\(report.zone)），截至 \(asOf)，层级 \(report.level)"
               : "assessment \(report.from) to \(report.to) (\(report.zone)) as of \(asOf), level \(report.level)",
            zh ? "政策版本 \(versions)；事件日志 seq \(range)" : "policy versions \(versions); event log seq \(range)",
        ]
        let small = zh ? "样本不足" : "small sample"
        var rows = report.rows.map { row in cells(row, rank: row.rank.map(String.init) ?? small, report: report) }
        rows.append(cells(report.total, rank: "-", report: report, name: zh ? "全市合计" : "city total"))
        lines += TextTable.render(header: header(language), rows: rows)
        if !report.trend.isEmpty {
            let points = report.trend.map { "\($0.label) \($0.score) (\($0.resolutionRate?.description ?? "-"))" }
            lines.append((zh ? "趋势（全市得分，按时办结率）：" : "trend (city score, resolution rate): ") + points.joined(separator: "; "))
        }
        return lines
    }

    /// One row's cells.
    private static func cells(_ row: AssessmentRow, rank: String, report: AssessmentReport, name: String? = nil) -> [String] {
        let tally = row.tally
        let escalations = TierName.allCases.compactMap { tier in tally.escalations[tier].map { "\(tier.rawValue) \($0)" } }
        return [
            rank, row.unit.rawValue, name ?? report.unitNames[row.unit] ?? "-", "\(tally.received)", "\(tally.acceptedOnTime)",
            rate(row.responseRate), "\(tally.resolvedOnTime)", "\(tally.resolvedLate)", "\(tally.openOverdue)",
            rate(row.resolutionRate), "\(tally.surveyed)", rate(row.satisfactionRate), "\(tally.reopened)",
            escalations.isEmpty ? "-" : escalations.joined(separator: ", "), "\(tally.signoffs)", "\(tally.signoffsEscalated)",
            "\(row.deductions)", "\(row.score)",
        ]
    }

    /// `66.67%`, or `-` without cases.
    static func rate(_ rate: Rate?) -> String { rate?.description ?? "-" }
}
