import CaseWatchCore
import GRDB

extension SQLiteStoreWriter {
    /// Stores a new API key (only its secret's hash) and returns its id; nil when a key not revoked has `name`.
    public func insertAPIKey(name: String, scopes: Set<KeyScope>, secretHash: String, by actor: String, at: Instant) throws(StoreError) -> Int64? {
        try storeOperation {
            guard try reader.liveAPIKey(named: name) == nil else { return nil }
            try db.execute(sql: """
                INSERT INTO api_keys (name, scopes, secret_hash, created_at, created_by) VALUES (?, ?, ?, ?, ?)
                """, arguments: [name, KeyScope.column(scopes), secretHash, at.secondsSinceEpoch, actor])
            return db.lastInsertedRowID
        }
    }

    /// Revokes key `id`; false when it is already revoked or there is none.
    public func revokeAPIKey(id: Int64, by actor: String, at: Instant) throws(StoreError) -> Bool {
        try storeOperation {
            try db.execute(sql: """
                UPDATE api_keys SET revoked_at = ?, revoked_by = ? WHERE id = ? AND revoked_at IS NULL
                """, arguments: [at.secondsSinceEpoch, actor, id])
            return db.changesCount == 1
        }
    }

    /// Records that key `id` was accepted at `at`.
    public func touchAPIKey(id: Int64, at: Instant) throws(StoreError) {
        try storeOperation {
            try db.execute(sql: "UPDATE api_keys SET last_used_at = ? WHERE id = ?", arguments: [at.secondsSinceEpoch, id])
        }
    }
}
