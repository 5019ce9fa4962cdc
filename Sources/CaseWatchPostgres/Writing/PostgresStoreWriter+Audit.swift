import CaseWatchCore
import CaseWatchStore

extension PostgresStoreWriter: AuditWriting {
    /// Appends an entry to the audit chain, after the last one, and returns it.
    ///
    /// The entry's position is the last one's plus one, not an identity value: the hash covers it, and the
    /// store's write lock keeps any other writer from appending in between.
    @discardableResult
    func appendAudit(at: Instant, actor: String, action: String, detail: String) throws(StoreError) -> AuditEntry {
        let entry = AuditEntry.appended(after: try postgres.lastAuditEntry(), at: at, actor: actor, action: action, detail: detail)
        try session.execute(
            "INSERT INTO audit (seq, at, actor, action, detail, prev_hash, hash) VALUES ($1, $2, $3, $4, $5, $6, $7)",
            [entry.seq, at.secondsSinceEpoch, actor, action, detail, entry.previousHash, entry.hash]
        )
        return entry
    }
}
