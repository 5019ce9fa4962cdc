import CaseWatchCore
import GRDB

extension SQLiteStoreReader {
    /// How many entries the audit chain has and the hash of the last (``AuditEntry/genesisHash`` when none).
    public func auditHead() throws(StoreError) -> (entries: Int64, head: String) {
        try storeOperation {
            let row = try Row.fetchOne(db, sql: "SELECT seq, hash FROM audit ORDER BY seq DESC LIMIT 1")
            return (row?[0] ?? 0, row?[1] ?? AuditEntry.genesisHash)
        }
    }

    /// The hash of audit entry `seq`, nil when there is none.
    public func auditHash(at seq: Int64) throws(StoreError) -> String? {
        try storeOperation { try String.fetchOne(db, sql: "SELECT hash FROM audit WHERE seq = ?", arguments: [seq]) }
    }
}
