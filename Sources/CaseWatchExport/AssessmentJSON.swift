import CaseWatchCore

/// The assessment as JSON for other systems, following `docs/assessment-schema.json`
/// (schema id `casewatch-assessment/1`).
///
/// Keys are sorted and numbers exact: rates in percent with two decimals (`66.67`, null without cases),
/// points with two decimals (`2.50`), so that the same report always gives the same bytes.
public enum AssessmentJSON {
    /// The schema name written in every document's `schema` field.
    public static let schema = "casewatch-assessment/1"

    /// The JSON text of `report`, ending in a newline.
    public static func render(_ report: AssessmentReport) -> String {
        let facts = ReportFacts(report)
        let document: [String: JSONValue] = [
            "schema": .string(schema),
            "period": .object(["from": .string(facts.from), "to": .string(facts.to), "zone": .string(facts.zone), "label": .string(facts.periodLabel)]),
            "as_of": .string(facts.asOf),
            "level": .string(report.level),
            "policy_versions": .array(report.policyVersions.map { .string($0) }),
            "event_log": .object([
                "first_seq": facts.eventLog.map { .int($0.first) } ?? .null,
                "last_seq": facts.eventLog.map { .int($0.last) } ?? .null,
            ]),
            "rules": rules(report.rules),
            "rows": .array(report.rows.map { row($0, name: report.unitNames[$0.unit], rank: $0.rank, smallSample: $0.isSmallSample) }),
            "total": row(
                report.total, name: report.unitNames[report.total.unit], rank: nil,
                smallSample: report.total.tally.received < report.rules.minimumCases
            ),
            "trend": .array(report.trend.map { point in
                .object([
                    "label": .string(point.label), "score": points(point.score),
                    "resolution_rate": FixedPoint.percent(point.resolutionRate).map { .number($0) } ?? .null,
                ])
            }),
            "checksum": .string(facts.checksum),
        ]
        return JSONValue.object(document).text
    }

    /// One row, with its rank (nil for a small sample and for the total, which is never ranked).
    private static func row(_ row: AssessmentRow, name: String?, rank: Int?, smallSample: Bool) -> JSONValue {
        let t = row.tally
        let rate: (Rate?) -> JSONValue = { FixedPoint.percent($0).map { .number($0) } ?? .null }
        return .object([
            "unit": .string(row.unit.rawValue),
            "name": .string(name),
            "received": .int(t.received),
            "acceptance_due": .int(t.acceptanceDue),
            "accepted_on_time": .int(t.acceptedOnTime),
            "resolved_on_time": .int(t.resolvedOnTime),
            "resolved_late": .int(t.resolvedLate),
            "open_overdue": .int(t.openOverdue),
            "escalations": .object(Dictionary(uniqueKeysWithValues: TierName.allCases.map { ($0.rawValue, .int(t.escalations[$0] ?? 0)) })),
            "signoffs": .int(t.signoffs),
            "signoffs_escalated": .int(t.signoffsEscalated),
            "reopened": .int(t.reopened),
            "surveyed": .int(t.surveyed),
            "satisfied": .int(t.satisfied),
            "basically_satisfied": .int(t.basicallySatisfied),
            "response_rate": rate(row.responseRate),
            "resolution_rate": rate(row.resolutionRate),
            "satisfaction_rate": rate(row.satisfactionRate),
            "deductions": points(row.deductions),
            "score": points(row.score),
            "rank": rank.map { .int($0) } ?? .null,
            "small_sample": .bool(smallSample),
        ])
    }

    /// The scoring rules.
    private static func rules(_ rules: AssessmentRules) -> JSONValue {
        .object([
            "response_weight": .int(rules.responseWeight),
            "resolution_weight": .int(rules.resolutionWeight),
            "satisfaction_weight": .int(rules.satisfactionWeight),
            "tier_deductions": .object(Dictionary(uniqueKeysWithValues: TierName.allCases.map {
                ($0.rawValue, points(rules.tierDeductions[$0] ?? AssessmentPoints(hundredths: 0)))
            })),
            "reopen_deduction": points(rules.reopenDeduction),
            "signoff_escalated_deduction": points(rules.signoffEscalatedDeduction),
            "floor": points(rules.floor),
            "minimum_cases": .int(rules.minimumCases),
        ])
    }

    /// Points with two decimals.
    private static func points(_ value: AssessmentPoints) -> JSONValue {
        .number(FixedPoint.twoDecimals(value.hundredths))
    }
}
