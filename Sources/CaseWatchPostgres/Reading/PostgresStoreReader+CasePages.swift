import CaseWatchCore
import CaseWatchStore

/// Cases a page at a time in case id order, filtered by status, unit and overdue state, for listings that
/// resume after the last case a page showed; and open cases' projections a page at a time, for work over
/// every open case that must not hold the store (or its caller) for the whole of it.
extension PostgresStoreReader {
    /// Up to `limit` cases matching `filter` whose id comes after `caseID` (nil: from the first), by id, each
    /// with the next step stored with it.
    ///
    /// The overdue filter is the columns' form of ``CaseProjection/isOverdue(at:)`` (open, and an unmet accept
    /// or resolve deadline in force before the instant); callers may confirm each case with the core's rule.
    func cases(
        after caseID: CaseID?, matching filter: CaseFilter, limit: Int
    ) throws(StoreError) -> [(projection: CaseProjection, next: PendingStep?)] {
        var values: [any PostgresBindable] = [caseID?.rawValue ?? "", filter.status?.rawValue, filter.unit?.rawValue, limit]
        var overdue = ""
        if let isOverdue = filter.overdue {
            values.append(filter.asOf.secondsSinceEpoch)
            let condition = CaseFilter.overdueCondition(before: "$\(values.count)")
            overdue = "AND " + (isOverdue ? condition : "NOT \(condition)")
        }
        let rows = try session.rows("""
            SELECT case_id, state, \(ProjectionColumns.nextStepSelection) FROM projections
            WHERE case_id > $1 AND ($2::text IS NULL OR status = $2) AND ($3::text IS NULL OR unit_id = $3) \(overdue)
            ORDER BY case_id LIMIT $4
            """, values)
        return try rows.map { row throws(StoreError) in try ProjectionColumns.projectionAndNextStep(row) }
    }

    /// Up to `limit` projections of open cases whose id comes after `caseID` (nil: from the first), by id.
    func openProjections(after caseID: CaseID?, limit: Int) throws(StoreError) -> [CaseProjection] {
        try projections(in: session.rows("""
            SELECT case_id, state FROM projections WHERE case_id > $1 AND status <> 'closed' ORDER BY case_id LIMIT $2
            """, [caseID?.rawValue ?? "", limit]))
    }
}
