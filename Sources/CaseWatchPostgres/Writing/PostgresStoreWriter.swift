import CaseWatchCore
import CaseWatchStore

/// The PostgreSQL backend's ``StoreWriter``: one write transaction of a ``PostgresCaseStore``, holding the
/// store's write lock.
///
/// A failed statement aborts a PostgreSQL transaction as a whole, where SQLite undoes only the statement; so
/// a call that may be refused and caught (a duplicate event) runs in a savepoint of its own (``atomically(_:)``),
/// and the others are written so that they do not fail on what they can check first.
struct PostgresStoreWriter: StoreWriter {
    /// Reads within the same transaction, with the backend's own helpers.
    let postgres: PostgresStoreReader

    /// The transaction's connection.
    var session: PostgresSession { postgres.session }

    /// Reads within the same transaction.
    var reader: any StoreReader { postgres }

    init(_ session: PostgresSession) {
        self.postgres = PostgresStoreReader(session)
    }

    /// Stores `value` under `key` in the store's key–value table, replacing any value there.
    func setMeta(_ key: String, _ value: String) throws(StoreError) {
        try session.execute(
            "INSERT INTO meta (key, value) VALUES ($1, $2) ON CONFLICT (key) DO UPDATE SET value = excluded.value", [key, value]
        )
    }

    /// Runs `body` in a savepoint: when it throws, what it wrote is undone, its error rethrown, and the
    /// transaction goes on.
    func inSavepoint<T>(_ body: () throws -> T) throws -> T {
        try session.execute("SAVEPOINT casewatch")
        do {
            let result = try body()
            try session.execute("RELEASE SAVEPOINT casewatch")
            return result
        } catch {
            try session.execute("ROLLBACK TO SAVEPOINT casewatch")
            try session.execute("RELEASE SAVEPOINT casewatch")
            throw error
        }
    }

    /// Runs `body` in a savepoint, as ``inSavepoint(_:)`` does, for a call that keeps its error typed.
    func atomically<T>(_ body: () throws(StoreError) -> T) throws(StoreError) -> T {
        do {
            return try inSavepoint { try body() }
        } catch {
            throw error as? StoreError ?? .postgres("\(error)")
        }
    }
}
