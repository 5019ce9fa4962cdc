import CaseWatchCore
import GRDB

/// Open cases' projections a page at a time, for work over every open case that must not hold the store
/// (or its caller) for the whole of it, as a reload's recomputation.
extension SQLiteStoreReader {
    /// Up to `limit` projections of open cases whose id comes after `caseID` (nil: from the first), by id.
    public func openProjections(after caseID: CaseID?, limit: Int) throws(StoreError) -> [CaseProjection] {
        let rows = try storeOperation {
            try Row.fetchAll(
                db.cachedStatement(sql: "SELECT case_id, state FROM projections WHERE case_id > ? AND status <> 'closed' ORDER BY case_id LIMIT ?"),
                arguments: [caseID?.rawValue ?? "", limit]
            )
        }
        return try Self.decodeProjections(rows)
    }
}
