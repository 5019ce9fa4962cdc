import CaseWatchCore
import CaseWatchStore

/// The PostgreSQL backend's ``StoreReader``: one transaction's connection of a ``PostgresCaseStore``.
struct PostgresStoreReader: StoreReader {
    /// The transaction's connection.
    let session: PostgresSession

    init(_ session: PostgresSession) {
        self.session = session
    }

    /// The value stored under `key` in the store's key–value table, nil when there is none.
    func meta(_ key: String) throws(StoreError) -> String? {
        try session.row("SELECT value FROM meta WHERE key = $1", [key])?.text(0)
    }
}
