import CaseWatchCore

/// The projection columns assessment reads (schema v5), selected and turned back into an ``AssessedCase``
/// by both backends.
///
/// The writer fills them beside the projection's JSON; this is the one place that reads them back.
package enum AssessedColumns {
    /// The columns, for a `SELECT` over `projections` aliased `p`, in the order ``assessedCase(_:from:at:dispatchedAt:)`` reads them.
    package static let selection = """
        p.policy_version, p.unit_id, p.closed_at, p.satisfaction, p.reopens,
        p.accept_due_original, p.accept_extended_due, p.accept_met_at, p.accept_provisional, p.accept_explicit,
        p.resolve_due, p.resolve_extended_due, p.resolve_met_at, p.resolve_provisional, p.resolve_explicit
        """

    /// The case `caseID` dispatched at `dispatchedAt`, from the columns of ``selection`` starting at `first` in `row`.
    package static func assessedCase(
        _ caseID: String, from row: some StoredRow, at first: Int, dispatchedAt: Instant
    ) throws(StoreError) -> AssessedCase {
        guard let policyVersion = try row.optionalText(first) else {
            throw .corrupt("the projection of case '\(caseID)' has no policy version")
        }
        let satisfaction: Satisfaction?
        if let text = try row.optionalText(first + 3) {
            guard let verdict = Satisfaction(rawValue: text) else {
                throw .corrupt("the projection of case '\(caseID)' has an unknown satisfaction '\(text)'")
            }
            satisfaction = verdict
        } else {
            satisfaction = nil
        }
        return AssessedCase(
            caseID: CaseID(caseID), dispatchedAt: dispatchedAt, policyVersion: policyVersion,
            unit: try row.optionalText(first + 1).map { UnitID($0) }, accept: try deadline(row, at: first + 5),
            resolve: try deadline(row, at: first + 10), closedAt: try row.optionalInstant(first + 2), satisfaction: satisfaction,
            reopens: try row.count(first + 4)
        )
    }

    /// The deadline in the five columns from `index` (due, extended due, met, provisional, explicit), nil when due is NULL.
    private static func deadline(_ row: some StoredRow, at index: Int) throws(StoreError) -> DeadlineState? {
        guard let due = try row.optionalInstant(index) else { return nil }
        return DeadlineState(
            due: due, extendedDue: try row.optionalInstant(index + 1), provisional: try row.optionalInt(index + 3) == 1,
            explicit: try row.optionalInt(index + 4) == 1, metAt: try row.optionalInstant(index + 2)
        )
    }
}
