import CaseWatchCore

/// One column of the assessment as the table, CSV and HTML exports show it: its names in both languages
/// and how a row fills it.
struct AssessmentColumn: Sendable {
    /// Where a column's cells sit in a fixed-width table.
    enum Alignment: Sendable {
        /// Text, flush left.
        case left
        /// Figures, flush right.
        case right
    }

    /// The column's key, the same as the JSON field it matches where there is one.
    let key: String
    /// The English header.
    let english: String
    /// The Chinese header a 12345 office uses.
    let chinese: String
    /// How cells line up.
    let alignment: Alignment
    /// The cell for a line, nil when it has no value (a rate without cases, the total's rank).
    let cell: @Sendable (AssessmentLine) -> String?

    /// The header in `language`.
    func header(_ language: AssessmentExport.Language) -> String {
        language.pick(english, chinese)
    }

    /// Every column, in the order the exports show them.
    static let all: [AssessmentColumn] = {
        var columns = [
            AssessmentColumn(key: "unit", english: "Unit ID", chinese: "单位编码", alignment: .left) { $0.row.unit.rawValue },
            AssessmentColumn(key: "name", english: "Unit", chinese: "承办单位", alignment: .left) { $0.name },
            count("received", "Received", "受理量") { $0.received },
            count("accepted_on_time", "Accepted on time", "按时签收数") { $0.acceptedOnTime },
            rate("response_rate", "Response rate", "按时签收率") { $0.responseRate },
            count("resolved_on_time", "Resolved on time", "按时办结数") { $0.resolvedOnTime },
            count("resolved_late", "Resolved late", "超期办结") { $0.resolvedLate },
            count("open_overdue", "Open overdue", "超期未结") { $0.openOverdue },
            rate("resolution_rate", "Resolution rate", "按时办结率") { $0.resolutionRate },
        ]
        columns += TierName.allCases.map { tier in
            count("escalations.\(tier.rawValue)", tier.label(.en), tier.label(.zh)) { $0.escalations[tier] ?? 0 }
        }
        columns += [
            count("signoffs", "Sign-offs", "领导批示") { $0.signoffs },
            count("reopened", "Reopened", "重办") { $0.reopened },
            count("surveyed", "Surveyed", "回访量") { $0.surveyed },
            count("satisfied", "(Basically) satisfied", "满意（含基本满意）") { $0.satisfied + $0.basicallySatisfied },
            rate("satisfaction_rate", "Satisfaction rate", "满意率") { $0.satisfactionRate },
            AssessmentColumn(key: "deductions", english: "Deductions", chinese: "扣分", alignment: .right) { FixedPoint.twoDecimals($0.row.deductions.hundredths) },
            AssessmentColumn(key: "score", english: "Score", chinese: "综合得分", alignment: .right) { FixedPoint.twoDecimals($0.row.score.hundredths) },
            AssessmentColumn(key: "rank", english: "Rank", chinese: "排名", alignment: .right) { $0.rank },
        ]
        return columns
    }()

    /// A column of counts from the tally.
    private static func count(
        _ key: String, _ english: String, _ chinese: String, _ value: @escaping @Sendable (UnitTally) -> Int
    ) -> AssessmentColumn {
        AssessmentColumn(key: key, english: english, chinese: chinese, alignment: .right) { String(value($0.row.tally)) }
    }

    /// A column of rates, `66.67%`, always with two decimals so that figures line up.
    private static func rate(
        _ key: String, _ english: String, _ chinese: String, _ value: @escaping @Sendable (AssessmentRow) -> Rate?
    ) -> AssessmentColumn {
        AssessmentColumn(key: key, english: english, chinese: chinese, alignment: .right) { FixedPoint.percentText(value($0.row)) }
    }
}
