import CaseWatchCore
import GRDB

/// The SQLite backend's ``StoreReader``: one transaction's connection of a ``SQLiteCaseStore``.
struct SQLiteStoreReader: StoreReader, OneByOneBulkReads {
    /// The transaction's connection.
    let db: Database

    init(_ db: Database) {
        self.db = db
    }

    /// The value stored under `key` in the store's key–value table, nil when there is none.
    public func meta(_ key: String) throws(StoreError) -> String? {
        try storeOperation {
            try String.fetchOne(db.cachedStatement(sql: "SELECT value FROM meta WHERE key = ?"), arguments: [key])
        }
    }

    /// Every registered case's id, in id order.
    public func caseIDs() throws(StoreError) -> [CaseID] {
        try storeOperation {
            try String.fetchAll(db, sql: "SELECT id FROM cases ORDER BY id").map(CaseID.init(rawValue:))
        }
    }
}
