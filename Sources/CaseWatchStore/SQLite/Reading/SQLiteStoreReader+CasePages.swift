import CaseWatchCore
import GRDB

/// Cases a page at a time in case id order, filtered by status, unit and overdue state, for listings that
/// resume after the last case a page showed.
extension SQLiteStoreReader {
    /// Up to `limit` cases matching `filter` whose id comes after `caseID` (nil: from the first), by id, each
    /// with the next step stored with it.
    ///
    /// The overdue filter is the columns' form of ``CaseProjection/isOverdue(at:)`` (open, and an unmet accept
    /// or resolve deadline in force before the instant); callers may confirm each case with the core's rule.
    public func cases(
        after caseID: CaseID?, matching filter: CaseFilter, limit: Int
    ) throws(StoreError) -> [(projection: CaseProjection, next: PendingStep?)] {
        var conditions = ["case_id > ?"]
        var arguments: StatementArguments = [caseID?.rawValue ?? ""]
        if let status = filter.status {
            conditions.append("status = ?")
            arguments += [status.rawValue]
        }
        if let unit = filter.unit {
            conditions.append("unit_id = ?")
            arguments += [unit.rawValue]
        }
        if let overdue = filter.overdue {
            conditions.append(overdue ? Self.overdueCondition : "NOT \(Self.overdueCondition)")
            let now = filter.asOf.secondsSinceEpoch
            arguments += [now, now]
        }
        arguments += [limit]
        let rows = try storeOperation {
            try Row.fetchAll(
                db.cachedStatement(sql: """
                    SELECT case_id, state, \(ProjectionColumns.nextStepSelection) FROM projections
                    WHERE \(conditions.joined(separator: " AND ")) ORDER BY case_id LIMIT ?
                    """),
                arguments: arguments
            )
        }
        return try rows.map { row throws(StoreError) in try ProjectionColumns.projectionAndNextStep(row) }
    }

    /// ``CaseFilter/overdueCondition(before:)`` with `?` placeholders, bound to the same instant twice.
    static let overdueCondition = CaseFilter.overdueCondition(before: "?")
}
