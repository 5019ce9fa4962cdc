import CaseWatchCore
import GRDB

/// The SQLite backend's ``StoreWriter``: one IMMEDIATE transaction of a ``SQLiteCaseStore``.
struct SQLiteStoreWriter: StoreWriter, OneByOneBulk {
    /// Reads within the same transaction, with the backend's own helpers.
    let sqlite: SQLiteStoreReader
    /// The hot-path statements of this transaction.
    let statements: HotStatements

    /// The transaction's connection.
    var db: Database { sqlite.db }

    /// Reads within the same transaction.
    var reader: any StoreReader { sqlite }

    init(_ db: Database) {
        self.sqlite = SQLiteStoreReader(db)
        self.statements = HotStatements(db)
    }

    /// Stores `value` under `key` in the store's key–value table, replacing any value there.
    public func setMeta(_ key: String, _ value: String) throws(StoreError) {
        try storeOperation {
            try db.cachedStatement(sql: """
                INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value
                """).execute(arguments: [key, value])
        }
    }
}
