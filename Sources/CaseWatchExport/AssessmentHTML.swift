import CaseWatchCore

/// The assessment as one self-contained HTML page: inline CSS and SVG, no scripts, no network.
///
/// The page holds a title with the period and as-of instant, the city's figures, the ranking table, each
/// unit's three rates against the city's (a bar per rate with a tick at the city's), the escalations
/// per tier (stacked bars), the month-on-month trend of the city's score and resolution rate, and a
/// footer with everything needed to reproduce the figures. Every text from the report is escaped.
public enum AssessmentHTML {
    /// The HTML page of `report`, in `language`, ending in a newline.
    public static func render(_ report: AssessmentReport, language: AssessmentExport.Language) -> String {
        let facts = ReportFacts(report)
        let lines = AssessmentLine.all(report, language: language)
        let title = language.pick("Unit assessment", "承办单位考核") + " · " + facts.periodLabel
        let parts = [
            "<!DOCTYPE html>",
            "<html lang=\"\(language.pick("en", "zh-CN"))\">",
            "<head>",
            "<meta charset=\"utf-8\">",
            "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">",
            "<meta name=\"generator\" content=\"CaseWatch\">",
            "<title>\(HTMLText.escape(title))</title>",
            "<style>\n\(AssessmentHTMLStyle.css)</style>",
            "</head>",
            "<body>",
            "<header>",
            "<h1>\(HTMLText.escape(title))</h1>",
            "<p class=\"sub\">" + HTMLText.escape([
                language.pick("Period", "考核周期") + " " + facts.period(language),
                language.pick("as of", "统计截至") + " " + facts.asOf,
                language.pick("level", "考核层级") + " " + facts.level,
            ].joined(separator: " · ")) + "</p>",
            "</header>",
            cards(report.total, language: language),
            ranking(lines, rules: report.rules, language: language),
            rates(lines, total: report.total, language: language),
            escalations(lines, language: language),
            trend(report, periodLabel: facts.periodLabel, language: language),
            footer(facts, rules: report.rules, language: language),
            "</body>",
            "</html>",
        ]
        return parts.joined(separator: "\n") + "\n"
    }

    /// The city's headline figures.
    static func cards(_ total: AssessmentRow, language: AssessmentExport.Language) -> String {
        let escalations = total.tally.escalations.values.reduce(0, +)
        let cards = [
            (String(total.tally.received), language.pick("cases received", "受理量")),
            (FixedPoint.percentText(total.responseRate) ?? "—", language.pick("response rate", "按时签收率")),
            (FixedPoint.percentText(total.resolutionRate) ?? "—", language.pick("resolution rate", "按时办结率")),
            (FixedPoint.percentText(total.satisfactionRate) ?? "—", language.pick("satisfaction rate", "满意率")),
            (String(escalations), language.pick("escalations", "督办升级")),
            (FixedPoint.twoDecimals(total.score.hundredths), language.pick("city score", "全市综合得分")),
        ]
        return "<div class=\"cards\">"
            + cards.map { "<div class=\"card\"><b>\(HTMLText.escape($0.0))</b><span>\(HTMLText.escape($0.1))</span></div>" }.joined()
            + "</div>"
    }

    /// The reproducibility footer: the facts, the rules and how the checksum is made.
    static func footer(_ facts: ReportFacts, rules: AssessmentRules, language: AssessmentExport.Language) -> String {
        let deductions = TierName.allCases.map { "\($0.label(language)) \(rules.tierDeductions[$0] ?? AssessmentPoints(hundredths: 0))" }
            .joined(separator: ", ")
        let rulesText = language.pick(
            "weights: response \(rules.responseWeight)%, resolution \(rules.resolutionWeight)%, satisfaction \(rules.satisfactionWeight)%; "
                + "deductions per escalation: \(deductions); per reopened case \(rules.reopenDeduction); "
                + "per sign-off passed up \(rules.signoffEscalatedDeduction); floor \(rules.floor); ranked from \(rules.minimumCases) cases",
            "权重：按时签收率 \(rules.responseWeight)%，按时办结率 \(rules.resolutionWeight)%，满意率 \(rules.satisfactionWeight)%；"
                + "每次督办扣分：\(deductions)；每件重办 \(rules.reopenDeduction)；每次批示逾期上报 \(rules.signoffEscalatedDeduction)；"
                + "保底 \(rules.floor) 分；受理量不少于 \(rules.minimumCases) 件参与排名"
        )
        var items = facts.lines(language).map { (HTMLText.escape($0.label), HTMLText.escape($0.value)) }
        items[items.count - 1].1 = "<code>\(HTMLText.escape(facts.checksum))</code> "
            + HTMLText.escape(language.pick(
                "(FNV-1a 64 over the canonical figures; the same in the CSV, JSON and table exports)",
                "（对规范化数据计算的 FNV-1a 64 校验码，与 CSV、JSON、表格导出一致）"
            ))
        items.append((HTMLText.escape(language.pick("Rules", "考核办法")), HTMLText.escape(rulesText)))
        return "<footer>\n<dl>\n"
            + items.map { "<dt>\($0.0)</dt><dd>\($0.1)</dd>\n" }.joined()
            + "</dl>\n<p>" + HTMLText.escape(language.pick("Produced by CaseWatch.", "由 CaseWatch 生成。")) + "</p>\n</footer>"
    }
}
