import CaseWatchCore
import GRDB

extension SQLiteStoreReader {
    /// The audit entries in chain order, optionally only those at or after `since` and by `actor`.
    public func auditEntries(since: Instant?, actor: String?) throws(StoreError) -> [AuditEntry] {
        var conditions: [String] = []
        var arguments: StatementArguments = []
        if let since {
            conditions.append("at >= ?")
            arguments += [since.secondsSinceEpoch]
        }
        if let actor {
            conditions.append("actor = ?")
            arguments += [actor]
        }
        let filter = conditions.isEmpty ? "" : " WHERE " + conditions.joined(separator: " AND ")
        let rows = try storeOperation {
            try Row.fetchAll(db, sql: "SELECT \(AuditEntry.storedColumns) FROM audit\(filter) ORDER BY seq", arguments: arguments)
        }
        return try rows.map { row throws(StoreError) in try AuditEntry(stored: row) }
    }

    /// Walks the whole chain in order and names the first entry that was altered, removed, inserted or
    /// moved.
    public func verifyAudit() throws(StoreError) -> AuditVerification {
        let cursor = try storeOperation { try Row.fetchCursor(db, sql: "SELECT \(AuditEntry.storedColumns) FROM audit ORDER BY rowid") }
        return try AuditVerification.walking { () throws(StoreError) in
            try storeOperation { try cursor.next() }.map { row throws(StoreError) in try AuditEntry(stored: row) }
        }
    }
}
