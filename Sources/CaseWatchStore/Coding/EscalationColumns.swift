import CaseWatchCore

/// An escalation as an `escalations` row, for both backends: the values an INSERT writes, the query head
/// that reads it back with its current sign-off, and the escalation read from its columns.
package enum EscalationColumns {
    /// The columns an INSERT writes, in the order ``values(of:into:)`` gives them.
    package static let names = ["case_id", "cycle", "tier", "unit_id", "due_at", "detected_at", "points_hundredths"]

    /// ``names``, comma-separated.
    package static let list = names.joined(separator: ", ")

    /// The SELECT of escalations (alias `e`) each with its current sign-off (alias `s`: the last one, after
    /// any passed up a level; none for tiers without one), before the filter and order, in the order
    /// ``storedEscalation(_:)`` reads them.
    package static let select = """
        SELECT e.id, e.case_id, e.cycle, e.tier, e.unit_id, e.due_at, e.detected_at, e.points_hundredths, s.level, s.status
        FROM escalations e LEFT JOIN signoffs s ON s.escalation_id = e.id AND s.escalated_to IS NULL
        """

    /// Gives the INSERT's values for `escalation`, one per column of ``names``, in order.
    package static func values(of escalation: Escalation, into parameters: inout some StoredParameters) {
        parameters.text(escalation.caseID.rawValue)
        parameters.integer(Int64(escalation.cycle))
        parameters.text(escalation.tier.rawValue)
        parameters.text(escalation.unit.rawValue)
        parameters.integer(escalation.dueAt.secondsSinceEpoch)
        parameters.integer(escalation.detectedAt.secondsSinceEpoch)
        parameters.integer(Int64(escalation.points.hundredths))
    }

    /// The escalation in a row of ``select``.
    package static func storedEscalation(_ row: some StoredRow) throws(StoreError) -> StoredEscalation {
        let id = try row.int(0)
        let tierName = try row.text(3)
        guard let tier = TierName(rawValue: tierName) else {
            throw .corrupt("escalation \(id): tier '\(tierName)' is unknown")
        }
        let escalation = Escalation(
            caseID: CaseID(try row.text(1)), cycle: try row.count(2), tier: tier, unit: UnitID(try row.text(4)),
            dueAt: try row.instant(5), detectedAt: try row.instant(6), points: AssessmentPoints(hundredths: try row.count(7)),
            signoffLevel: try row.optionalText(8)
        )
        return StoredEscalation(id: id, escalation: escalation, signoffStatus: try row.optionalText(9))
    }

    /// The tiers named `names`, escalated for `caseID` in `cycle`; a name no tier has is
    /// ``StoreError/corrupt(_:)``.
    package static func tiers(_ names: [String], of caseID: CaseID, cycle: Int) throws(StoreError) -> Set<TierName> {
        var tiers: Set<TierName> = []
        for name in names {
            guard let tier = TierName(rawValue: name) else {
                throw .corrupt("case '\(caseID)' cycle \(cycle): escalation tier '\(name)' is unknown")
            }
            tiers.insert(tier)
        }
        return tiers
    }
}
