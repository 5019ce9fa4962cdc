extension CaseFilter {
    /// The overdue filter in the columns of `projections`, for both backends: the columns' form of
    /// ``CaseProjection/isOverdue(at:)``. Open, with an unmet accept or resolve deadline in force before
    /// `instant` (a placeholder, which appears twice: SQLite's `?` takes the instant twice, PostgreSQL's
    /// `$n` once); never NULL, so that `NOT` selects exactly the other cases.
    package static func overdueCondition(before instant: String) -> String {
        """
        (status <> 'closed' AND ((accept_due IS NOT NULL AND accept_met_at IS NULL AND accept_due < \(instant))
            OR (resolve_due_effective IS NOT NULL AND resolve_met_at IS NULL AND resolve_due_effective < \(instant))))
        """
    }
}
