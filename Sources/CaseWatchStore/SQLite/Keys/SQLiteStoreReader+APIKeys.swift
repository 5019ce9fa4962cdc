import CaseWatchCore
import GRDB

extension SQLiteStoreReader {
    /// Key `id`, valid or revoked; nil when there is none.
    public func apiKey(id: Int64) throws(StoreError) -> APIKeyRecord? {
        try storeOperation {
            try Row.fetchOne(db.cachedStatement(sql: "SELECT \(APIKeyRecord.storedColumns) FROM api_keys WHERE id = ?"), arguments: [id])
                .map(APIKeyRecord.init(stored:))
        }
    }

    /// The key not revoked named `name`, nil when there is none.
    public func liveAPIKey(named name: String) throws(StoreError) -> APIKeyRecord? {
        try storeOperation {
            try Row.fetchOne(db, sql: "SELECT \(APIKeyRecord.storedColumns) FROM api_keys WHERE name = ? AND revoked_at IS NULL", arguments: [name])
                .map(APIKeyRecord.init(stored:))
        }
    }

    /// Every key, oldest first; the revoked ones too when `includingRevoked`.
    public func apiKeys(includingRevoked: Bool) throws(StoreError) -> [APIKeyRecord] {
        try storeOperation {
            let filter = includingRevoked ? "" : "WHERE revoked_at IS NULL"
            return try Row.fetchAll(db, sql: "SELECT \(APIKeyRecord.storedColumns) FROM api_keys \(filter) ORDER BY id").map(APIKeyRecord.init(stored:))
        }
    }
}
