/// Migration "v4-pending-steps-index": the next steps of open cases in due order, read from an index alone.
///
/// The daemon fills its wheel with `SELECT case_id, next_due FROM projections WHERE next_due IS NOT NULL
/// ORDER BY next_due, case_id`. On the index of v1 of `next_due` alone, that read looked up every open case's
/// row (about 1 KiB each, with the projection's state) for its id and then sorted the ties: at a million
/// open cases, about a gigabyte of pages read at random to return 30 MB. An index of `(next_due, case_id)`
/// answers it in index order without touching the table; it also serves everything the old one served.
enum SchemaV4 {
    /// The migration's identifier.
    static let identifier = "v4-pending-steps-index"

    /// The statements, in order.
    static let statements: [String] = [
        "CREATE INDEX projections_by_next_step ON projections(next_due, case_id)",
        "DROP INDEX projections_by_next_due",
    ]
}
