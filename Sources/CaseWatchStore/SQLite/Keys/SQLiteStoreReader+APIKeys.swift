import CaseWatchCore
import GRDB

extension SQLiteStoreReader {
    /// The columns an ``APIKeyRecord`` is read from, in ``record(_:)``'s order.
    private static let keyColumns = "id, name, scopes, secret_hash, created_at, created_by, revoked_at, revoked_by, last_used_at"

    /// Key `id`, valid or revoked; nil when there is none.
    public func apiKey(id: Int64) throws(StoreError) -> APIKeyRecord? {
        try storeOperation {
            try Row.fetchOne(db.cachedStatement(sql: "SELECT \(Self.keyColumns) FROM api_keys WHERE id = ?"), arguments: [id]).map(Self.record)
        }
    }

    /// The key not revoked named `name`, nil when there is none.
    public func liveAPIKey(named name: String) throws(StoreError) -> APIKeyRecord? {
        try storeOperation {
            try Row.fetchOne(db, sql: "SELECT \(Self.keyColumns) FROM api_keys WHERE name = ? AND revoked_at IS NULL", arguments: [name])
                .map(Self.record)
        }
    }

    /// Every key, oldest first; the revoked ones too when `includingRevoked`.
    public func apiKeys(includingRevoked: Bool) throws(StoreError) -> [APIKeyRecord] {
        try storeOperation {
            let filter = includingRevoked ? "" : "WHERE revoked_at IS NULL"
            return try Row.fetchAll(db, sql: "SELECT \(Self.keyColumns) FROM api_keys \(filter) ORDER BY id").map(Self.record)
        }
    }

    private static func record(_ row: Row) -> APIKeyRecord {
        APIKeyRecord(
            id: row[0], name: row[1], scopes: KeyScope.scopes(column: row[2]), secretHash: row[3],
            createdAt: Instant(secondsSinceEpoch: row[4]), createdBy: row[5],
            revokedAt: (row[6] as Int64?).map { Instant(secondsSinceEpoch: $0) }, revokedBy: row[7],
            lastUsedAt: (row[8] as Int64?).map { Instant(secondsSinceEpoch: $0) }
        )
    }
}
