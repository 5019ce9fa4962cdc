import CaseWatchCore
import GRDB

extension SQLiteStoreWriter {
    /// Appends an entry to the audit chain, after the last one, and returns it.
    @discardableResult
    public func appendAudit(at: Instant, actor: String, action: String, detail: String) throws(StoreError) -> AuditEntry {
        try storeOperation {
            let last = try Row.fetchOne(db, sql: "SELECT seq, hash FROM audit ORDER BY seq DESC LIMIT 1")
                .map { row in (seq: row[0] as Int64, hash: row[1] as String) }
            let entry = AuditEntry.appended(after: last, at: at, actor: actor, action: action, detail: detail)
            try db.cachedStatement(sql: """
                INSERT INTO audit (seq, at, actor, action, detail, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?)
                """).execute(arguments: [entry.seq, at.secondsSinceEpoch, actor, action, detail, entry.previousHash, entry.hash])
            return entry
        }
    }
}
