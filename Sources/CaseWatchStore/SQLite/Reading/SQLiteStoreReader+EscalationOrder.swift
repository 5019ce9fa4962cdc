import CaseWatchCore
import GRDB

/// Escalations in the order they were committed (row id order), for a reader that follows them, as the
/// daemon's log does.
extension SQLiteStoreReader {
    /// Up to `limit` escalations committed after the one with row id `afterID`, in commit order.
    public func escalations(afterID: Int64, limit: Int) throws(StoreError) -> [StoredEscalation] {
        try storeOperation {
            let rows = try Row.fetchAll(db, sql: """
                \(EscalationColumns.select)
                WHERE e.id > ? ORDER BY e.id LIMIT ?
                """, arguments: [afterID, limit])
            return try rows.map { row throws(StoreError) in try EscalationColumns.storedEscalation(row) }
        }
    }

    /// The row id of the last escalation committed, 0 when there is none.
    public func latestEscalationID() throws(StoreError) -> Int64 {
        try storeOperation { try Int64.fetchOne(db, sql: "SELECT MAX(id) FROM escalations") ?? 0 }
    }
}
