/// The deadline the supervision wall counts for an open case, as SQL both backends run: its earliest one
/// not yet met (accept before it is accepted, resolve before it is replied), as in force after extensions.
package enum OpenDeadlineColumn {
    /// The earliest unmet deadline of a `projections` row, NULL when it has met both.
    package static let earliestUnmet = """
        CASE WHEN accept_met_at IS NULL AND accept_due IS NOT NULL
                  AND (resolve_met_at IS NOT NULL OR resolve_due_effective IS NULL OR accept_due < resolve_due_effective)
             THEN accept_due
             WHEN resolve_met_at IS NULL THEN resolve_due_effective END
        """
}
