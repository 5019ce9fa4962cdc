import CaseWatchCore

extension AssessmentHTML {
    /// The ranking: the rank first, then the CSV's columns but the escalations per tier (which have their
    /// own section), the total in the table's foot, small samples greyed.
    static func ranking(_ lines: [AssessmentLine], rules: AssessmentRules, language: AssessmentExport.Language) -> String {
        let all = AssessmentColumn.all
        let columns = all.filter { $0.key == "rank" } + all.filter { $0.key != "rank" && !$0.key.hasPrefix("escalations.") }
        let total = lines.last!
        let rateKeys: Set<String> = ["response_rate", "resolution_rate", "satisfaction_rate"]
        let cityRates = rateCells(total.row)
        let row: (AssessmentLine) -> String = { line in
            let rates = rateCells(line.row)
            let cells = zip(columns, line.cells(columns)).map { column, cell in
                var classes = [column.alignment == .right ? "n" : "t"]
                if column.key == "name" { classes.append("name") }
                if !line.isTotal, rateKeys.contains(column.key), let mine = rates[column.key], let city = cityRates[column.key], mine < city {
                    classes.append("below")
                }
                return "<td class=\"\(classes.joined(separator: " "))\">\(HTMLText.escape(cell ?? "—"))</td>"
            }
            return "<tr\(line.row.isSmallSample && !line.isTotal ? " class=\"small\"" : "")>" + cells.joined() + "</tr>"
        }
        return [
            "<section>",
            "<h2>\(HTMLText.escape(language.pick("Ranking", "考核排名")))</h2>",
            "<div class=\"wide\"><table class=\"ranking\">",
            "<thead><tr>" + columns.map { "<th>\(HTMLText.escape($0.header(language)))</th>" }.joined() + "</tr></thead>",
            "<tbody>",
            lines.dropLast().map(row).joined(separator: "\n"),
            "</tbody>",
            "<tfoot>" + row(total) + "</tfoot>",
            "</table></div>",
            "<p class=\"note\">" + HTMLText.escape(language.pick(
                "Rates below the city's are in orange. Units with fewer than \(rules.minimumCases) cases are listed but not ranked (small sample).",
                "低于全市水平的比率以橙色标出。受理量少于 \(rules.minimumCases) 件的单位列出但不参与排名（样本不足）。"
            )) + "</p>",
            "</section>",
        ].joined(separator: "\n")
    }

    /// Each unit's three rates against the city's.
    static func rates(_ lines: [AssessmentLine], total: AssessmentRow, language: AssessmentExport.Language) -> String {
        let indicators: [(String, (AssessmentRow) -> Rate?)] = [
            (language.pick("Response rate", "按时签收率"), { $0.responseRate }),
            (language.pick("Resolution rate", "按时办结率"), { $0.resolutionRate }),
            (language.pick("Satisfaction rate", "满意率"), { $0.satisfactionRate }),
        ]
        let rows = lines.dropLast().map { line in
            "<tr\(line.row.isSmallSample ? " class=\"small\"" : "")><td class=\"n\">\(HTMLText.escape(line.rank ?? ""))</td><td class=\"t\">\(HTMLText.escape(line.name))</td>"
                + indicators.map { name, rate in
                    "<td>" + RateBarChart.svg(rate: rate(line.row), city: rate(total), label: "\(line.name) \(name)") + "</td>"
                }.joined() + "</tr>"
        }
        return [
            "<section class=\"page\">",
            "<h2>\(HTMLText.escape(language.pick("Rates against the city", "各单位指标与全市对比")))</h2>",
            "<div class=\"legend\"><span><i style=\"background:#3b7dd8\"></i>"
                + HTMLText.escape(language.pick("at or above the city", "不低于全市"))
                + "</span><span><i style=\"background:#e8833a\"></i>" + HTMLText.escape(language.pick("below the city", "低于全市"))
                + "</span><span><i class=\"tick\"></i>" + HTMLText.escape(language.pick("city rate", "全市水平")) + "</span></div>",
            "<table class=\"charts\">",
            "<thead><tr><th>\(HTMLText.escape(language.pick("Rank", "排名")))</th><th>\(HTMLText.escape(language.pick("Unit", "承办单位")))</th>"
                + indicators.map { name, rate in
                    "<th>\(HTMLText.escape(name)) <span class=\"note\">(\(HTMLText.escape(language.pick("city", "全市"))) \(FixedPoint.percentText(rate(total)) ?? "—"))</span></th>"
                }.joined() + "</tr></thead>",
            "<tbody>",
            rows.joined(separator: "\n"),
            "</tbody>",
            "</table>",
            "</section>",
        ].joined(separator: "\n")
    }

    /// The escalations per tier, a stacked bar per unit, on one scale.
    static func escalations(_ lines: [AssessmentLine], language: AssessmentExport.Language) -> String {
        let units = lines.dropLast()
        let scale = units.map { $0.row.tally.escalations.values.reduce(0, +) }.max() ?? 0
        let cityCounts = lines.last!.row.tally.escalations
        let legend = TierName.allCases.map { tier in
            "<span><i style=\"background:\(EscalationBarChart.color(tier))\"></i>\(HTMLText.escape(tier.label(language))) \(cityCounts[tier] ?? 0)</span>"
        }.joined()
        let rows = units.map { line in
            "<tr><td class=\"t\">\(HTMLText.escape(line.name))</td>"
                + TierName.allCases.map { "<td class=\"n\">\(line.row.tally.escalations[$0] ?? 0)</td>" }.joined()
                + "<td>" + EscalationBarChart.svg(line.row.tally.escalations, scale: scale, label: line.name, language: language) + "</td></tr>"
        }
        return [
            "<section class=\"page\">",
            "<h2>\(HTMLText.escape(language.pick("Escalations per tier", "各级督办情况")))</h2>",
            "<div class=\"legend\">\(legend)</div>",
            "<table class=\"charts\">",
            "<thead><tr><th>\(HTMLText.escape(language.pick("Unit", "承办单位")))</th>"
                + TierName.allCases.map { "<th>\(HTMLText.escape($0.label(language)))</th>" }.joined()
                + "<th>\(HTMLText.escape(language.pick("All tiers", "合计")))</th></tr></thead>",
            "<tbody>",
            rows.joined(separator: "\n"),
            "</tbody>",
            "</table>",
            "</section>",
        ].joined(separator: "\n")
    }

    /// The month-on-month trend of the city's score and resolution rate, ending with this period.
    static func trend(_ report: AssessmentReport, periodLabel: String, language: AssessmentExport.Language) -> String {
        let heading = "<h2>\(HTMLText.escape(language.pick("Month-on-month trend", "环比趋势")))</h2>"
        guard !report.trend.isEmpty else {
            return "<section>\n\(heading)\n<p class=\"note\">" + HTMLText.escape(language.pick(
                "No earlier periods to compare with yet.", "暂无往期数据可供比较。"
            )) + "</p>\n</section>"
        }
        let points = report.trend.map {
            TrendChart.Point(label: $0.label, score: $0.score.hundredths, resolution: $0.resolutionRate?.basisPoints)
        } + [TrendChart.Point(label: periodLabel, score: report.total.score.hundredths, resolution: report.total.resolutionRate?.basisPoints)]
        return "<section>\n\(heading)\n" + TrendChart.svg(points, language: language) + "\n</section>"
    }

    /// The three rates of a row in basis points, by column key.
    private static func rateCells(_ row: AssessmentRow) -> [String: Int] {
        var cells: [String: Int] = [:]
        cells["response_rate"] = row.responseRate?.basisPoints
        cells["resolution_rate"] = row.resolutionRate?.basisPoints
        cells["satisfaction_rate"] = row.satisfactionRate?.basisPoints
        return cells
    }
}
