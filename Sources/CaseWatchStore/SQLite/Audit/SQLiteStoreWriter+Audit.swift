import CaseWatchCore
import GRDB

extension SQLiteStoreWriter {
    /// Appends an entry to the audit chain, after the last one, and returns it.
    @discardableResult
    public func appendAudit(at: Instant, actor: String, action: String, detail: String) throws(StoreError) -> AuditEntry {
        try storeOperation {
            let last = try Row.fetchOne(db, sql: "SELECT seq, hash FROM audit ORDER BY seq DESC LIMIT 1")
            let seq: Int64 = (last?[0] ?? 0) + 1
            let previous: String = last?[1] ?? AuditEntry.genesisHash
            let hash = AuditEntry.hash(previous: previous, seq: seq, at: at, actor: actor, action: action, detail: detail)
            try db.cachedStatement(sql: """
                INSERT INTO audit (seq, at, actor, action, detail, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?)
                """).execute(arguments: [seq, at.secondsSinceEpoch, actor, action, detail, previous, hash])
            return AuditEntry(seq: seq, at: at, actor: actor, action: action, detail: detail, previousHash: previous, hash: hash)
        }
    }
}
