import CaseWatchCore
import CaseWatchStore

extension PostgresStoreReader: AuditReading {
    /// The audit entries in chain order, optionally only those at or after `since` and by `actor`.
    func auditEntries(since: Instant?, actor: String?) throws(StoreError) -> [AuditEntry] {
        var conditions: [String] = []
        var values: [any PostgresBindable] = []
        if let since {
            values.append(since.secondsSinceEpoch)
            conditions.append("at >= $\(values.count)")
        }
        if let actor {
            values.append(actor)
            conditions.append("actor = $\(values.count)")
        }
        let filter = conditions.isEmpty ? "" : " WHERE " + conditions.joined(separator: " AND ")
        return try session.rows("SELECT \(AuditEntry.storedColumns) FROM audit\(filter) ORDER BY seq", values)
            .map { row throws(StoreError) in try AuditEntry(stored: row) }
    }

    /// Walks the whole chain in order and names the first entry that was altered, removed, inserted or
    /// moved; a page of entries at a time, by position (the table has no rowid: `seq` is its key).
    func verifyAudit() throws(StoreError) -> AuditVerification {
        let rows = PostgresPagedRows { [session] (last) throws(StoreError) in
            try session.rows(
                "SELECT \(AuditEntry.storedColumns) FROM audit WHERE seq > $1 ORDER BY seq LIMIT $2",
                [try last?.int(0) ?? Int64.min, PostgresPagedRows.pageSize]
            )
        }
        return try AuditVerification.walking { () throws(StoreError) in
            try rows.next().map { row throws(StoreError) in try AuditEntry(stored: row) }
        }
    }

    /// How many entries the audit chain has and the hash of the last (``AuditEntry/genesisHash`` when none).
    func auditHead() throws(StoreError) -> (entries: Int64, head: String) {
        guard let last = try lastAuditEntry() else { return (0, AuditEntry.genesisHash) }
        return (last.seq, last.hash)
    }

    /// The hash of audit entry `seq`, nil when there is none.
    func auditHash(at seq: Int64) throws(StoreError) -> String? {
        try session.row("SELECT hash FROM audit WHERE seq = $1", [seq])?.text(0)
    }

    /// The position and hash of the chain's last entry, nil when the chain is empty.
    func lastAuditEntry() throws(StoreError) -> (seq: Int64, hash: String)? {
        guard let row = try session.row("SELECT seq, hash FROM audit ORDER BY seq DESC LIMIT 1") else { return nil }
        return (try row.int(0), try row.text(1))
    }
}
