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
        return try storeOperation {
            try Row.fetchAll(db, sql: "SELECT seq, at, actor, action, detail, prev_hash, hash FROM audit\(filter) ORDER BY seq", arguments: arguments)
                .map(Self.auditEntry)
        }
    }

    /// Walks the whole chain in order and names the first entry that was altered, removed, inserted or
    /// moved.
    public func verifyAudit() throws(StoreError) -> AuditVerification {
        try storeOperation {
            let cursor = try Row.fetchCursor(db, sql: "SELECT seq, at, actor, action, detail, prev_hash, hash FROM audit ORDER BY rowid")
            var previous = AuditEntry.genesisHash
            var expected: Int64 = 1
            while let row = try cursor.next() {
                let entry = Self.auditEntry(row)
                if entry.seq != expected { return .broken(seq: entry.seq, problem: .gap(expected: expected)) }
                if !entry.isIntact { return .broken(seq: entry.seq, problem: .altered) }
                if entry.previousHash != previous { return .broken(seq: entry.seq, problem: .brokenLink) }
                previous = entry.hash
                expected += 1
            }
            return .intact(entries: Int(expected - 1), head: previous)
        }
    }

    private static func auditEntry(_ row: Row) -> AuditEntry {
        AuditEntry(
            seq: row[0], at: Instant(secondsSinceEpoch: row[1]), actor: row[2], action: row[3], detail: row[4],
            previousHash: row[5], hash: row[6]
        )
    }
}
