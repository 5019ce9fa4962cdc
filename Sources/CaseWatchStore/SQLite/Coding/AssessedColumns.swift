import CaseWatchCore
import GRDB

/// The projection columns assessment reads (schema v5), selected and turned back into an ``AssessedCase``.
///
/// The writer fills them in ``ProjectionRow``, beside the projection's JSON; this is the one place that
/// reads them back.
enum AssessedColumns {
    /// The columns, for a `SELECT` over `projections` aliased `p`, in the order ``assessedCase(_:from:at:dispatchedAt:)`` reads them.
    static let selection = """
        p.policy_version, p.unit_id, p.closed_at, p.satisfaction, p.reopens,
        p.accept_due_original, p.accept_extended_due, p.accept_met_at, p.accept_provisional, p.accept_explicit,
        p.resolve_due, p.resolve_extended_due, p.resolve_met_at, p.resolve_provisional, p.resolve_explicit
        """

    /// The case `caseID` dispatched at `dispatchedAt`, from the columns of ``selection`` starting at `first` in `row`.
    static func assessedCase(_ caseID: String, from row: Row, at first: Int, dispatchedAt: Instant) throws(StoreError) -> AssessedCase {
        guard let policyVersion = row[first] as String? else {
            throw .corrupt("the projection of case '\(caseID)' has no policy version")
        }
        let satisfaction: Satisfaction?
        if let text = row[first + 3] as String? {
            guard let verdict = Satisfaction(rawValue: text) else {
                throw .corrupt("the projection of case '\(caseID)' has an unknown satisfaction '\(text)'")
            }
            satisfaction = verdict
        } else {
            satisfaction = nil
        }
        return AssessedCase(
            caseID: CaseID(caseID), dispatchedAt: dispatchedAt, policyVersion: policyVersion,
            unit: (row[first + 1] as String?).map { UnitID($0) }, accept: deadline(row, at: first + 5),
            resolve: deadline(row, at: first + 10), closedAt: instant(row, at: first + 2), satisfaction: satisfaction,
            reopens: row[first + 4]
        )
    }

    /// The deadline in the five columns from `index` (due, extended due, met, provisional, explicit), nil when due is NULL.
    private static func deadline(_ row: Row, at index: Int) -> DeadlineState? {
        guard let due = instant(row, at: index) else { return nil }
        return DeadlineState(
            due: due, extendedDue: instant(row, at: index + 1), provisional: (row[index + 3] as Int64?) == 1,
            explicit: (row[index + 4] as Int64?) == 1, metAt: instant(row, at: index + 2)
        )
    }

    /// The instant in column `index`, nil when it is NULL.
    private static func instant(_ row: Row, at index: Int) -> Instant? {
        (row[index] as Int64?).map { Instant(secondsSinceEpoch: $0) }
    }
}
