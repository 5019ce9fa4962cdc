/// The assessment of a period: every unit's tally scored and ranked under the rules.
public enum Assessment {
    /// Rows for `tallies` (by unit, or by the tree node they roll up to), ranked best first; rows of
    /// units with fewer than `rules.minimumCases` cases come last, unranked; ties by unit id.
    public static func rows(_ tallies: [UnitID: UnitTally], rules: AssessmentRules) -> [AssessmentRow] {
        ranked(tallies.map { unit, tally in score(unit, tally, rules: rules) }, rules: rules)
    }

    /// Rows for the nodes `node(of:)` rolls the units up to (nil: the unit is left out), each scored as
    /// ``total(_:as:rules:)`` scores the city — its units' scores weighted by their cases, its counts and
    /// rates summed — and ranked as ``rows(_:rules:)`` ranks units.
    public static func rows(
        _ tallies: [UnitID: UnitTally], rolledUpTo node: (UnitID) -> UnitID?, rules: AssessmentRules
    ) -> [AssessmentRow] {
        var members: [UnitID: [UnitID: UnitTally]] = [:]
        for (unit, tally) in tallies {
            guard let target = node(unit) else { continue }
            members[target, default: [:]][unit] = tally
        }
        return ranked(members.map { target, group in total(group, as: target, rules: rules) }, rules: rules)
    }

    /// Scored rows ranked best first, small samples last and unranked, ties by unit id.
    private static func ranked(_ scored: [AssessmentRow], rules: AssessmentRules) -> [AssessmentRow] {
        let ranked = scored.filter { $0.tally.received >= rules.minimumCases }
            .sorted { ($1.score.hundredths, $0.unit.rawValue) < ($0.score.hundredths, $1.unit.rawValue) }
        var rows: [AssessmentRow] = []
        for (index, row) in ranked.enumerated() {
            let rank = index > 0 && rows[index - 1].score == row.score ? rows[index - 1].rank! : index + 1
            rows.append(row.ranked(rank))
        }
        let small = scored.filter { $0.tally.received < rules.minimumCases }.sorted { $0.unit.rawValue < $1.unit.rawValue }
        return rows + small
    }

    /// One row for every tally together (the city's total, or a district's), named `unit`, unranked: the
    /// counts and rates of all its cases, the sum of its units' deductions, and as its score its units'
    /// scores weighted by the cases each received.
    public static func total(_ tallies: [UnitID: UnitTally], as unit: UnitID, rules: AssessmentRules) -> AssessmentRow {
        var sum = UnitTally()
        for tally in tallies.values { sum.merge(tally) }
        let merged = score(unit, sum, rules: rules)
        guard sum.received > 0 else { return merged }
        // The units' scores weighted by the cases each received: every unit's deductions set against the
        // whole city's rates would put any city at the floor.
        let weighted = tallies.reduce(0) { total, entry in total + score(entry.key, entry.value, rules: rules).score.hundredths * entry.value.received }
        return AssessmentRow(
            unit: unit, tally: sum, responseRate: merged.responseRate, resolutionRate: merged.resolutionRate,
            satisfactionRate: merged.satisfactionRate, deductions: merged.deductions,
            score: AssessmentPoints(hundredths: (weighted * 2 + sum.received) / (2 * sum.received)), rank: nil
        )
    }

    /// One unit's rates, deductions and score, unranked.
    static func score(_ unit: UnitID, _ tally: UnitTally, rules: AssessmentRules) -> AssessmentRow {
        let response = Rate(tally.acceptedOnTime, of: tally.acceptanceDue)
        let resolution = Rate(tally.resolvedOnTime, of: tally.resolvedOnTime + tally.resolvedLate + tally.openOverdue)
        let satisfaction = Rate(tally.satisfied + tally.basicallySatisfied, of: tally.surveyed)
        let weighted = [(response, rules.responseWeight), (resolution, rules.resolutionWeight), (satisfaction, rules.satisfactionWeight)]
            .compactMap { rate, weight in rate.map { ($0.basisPoints, weight) } }
        let totalWeight = weighted.reduce(0) { $0 + $1.1 }
        // An indicator without cases (nobody surveyed yet) leaves its weight to the others.
        let base = totalWeight == 0 ? 10_000 : (weighted.reduce(0) { $0 + $1.0 * $1.1 } * 2 + totalWeight) / (2 * totalWeight)
        var deductions = tally.escalations.reduce(0) { sum, entry in
            sum + entry.value * (rules.tierDeductions[entry.key]?.hundredths ?? 0)
        }
        deductions += tally.reopened * rules.reopenDeduction.hundredths
        deductions += tally.signoffsEscalated * rules.signoffEscalatedDeduction.hundredths
        let score = max(rules.floor.hundredths, base - deductions)
        return AssessmentRow(
            unit: unit, tally: tally, responseRate: response, resolutionRate: resolution, satisfactionRate: satisfaction,
            deductions: AssessmentPoints(hundredths: deductions), score: AssessmentPoints(hundredths: score), rank: nil
        )
    }
}

extension AssessmentRow {
    /// The row with its rank.
    func ranked(_ rank: Int) -> AssessmentRow {
        AssessmentRow(
            unit: unit, tally: tally, responseRate: responseRate, resolutionRate: resolutionRate,
            satisfactionRate: satisfactionRate, deductions: deductions, score: score, rank: rank
        )
    }
}
