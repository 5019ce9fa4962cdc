/// Migration "v8-wall-index": an index covering what the supervision wall reads of every open case (its
/// unit, status and the deadlines that make its earliest unmet one), so that a summary scans the index, not
/// the projections' rows with their JSON: 7.7 s → 0.7 s on a million open cases (BENCHMARKS.md).
enum SchemaV8 {
    /// The migration's identifier.
    static let identifier = "v8-wall-index"

    /// The statements, in order.
    static let statements: [String] = [
        """
        CREATE INDEX projections_open_deadlines
            ON projections(unit_id, status, accept_due, accept_met_at, resolve_due_effective, resolve_met_at)
        """,
    ]
}
