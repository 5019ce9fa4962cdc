import CaseWatchCore
import GRDB

/// Writes the store inside a ``CaseStore/write(_:)`` transaction, and reads it as ``StoreReader`` does
/// (seeing its own writes).
///
/// Valid only inside the closure it was given to. Nothing it writes is visible to others, or durable,
/// until the closure returns and the transaction commits.
public struct StoreWriter {
    /// Reads within the same transaction.
    public let reader: StoreReader
    /// The hot-path statements of this transaction.
    let statements: HotStatements

    /// The transaction's connection.
    var db: Database { reader.db }

    init(_ db: Database) {
        self.reader = StoreReader(db)
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
