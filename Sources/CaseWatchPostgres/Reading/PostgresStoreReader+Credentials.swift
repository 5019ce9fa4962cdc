import CaseWatchCore
import CaseWatchStore

extension PostgresStoreReader: CredentialReading {
    /// Key `id`, valid or revoked; nil when there is none.
    func apiKey(id: Int64) throws(StoreError) -> APIKeyRecord? {
        try session.row("SELECT \(APIKeyRecord.storedColumns) FROM api_keys WHERE id = $1", [id]).map(APIKeyRecord.init(stored:))
    }

    /// The key not revoked named `name`, nil when there is none.
    func liveAPIKey(named name: String) throws(StoreError) -> APIKeyRecord? {
        try session.row("SELECT \(APIKeyRecord.storedColumns) FROM api_keys WHERE name = $1 AND revoked_at IS NULL", [name])
            .map(APIKeyRecord.init(stored:))
    }

    /// Every key, oldest first; the revoked ones too when `includingRevoked`.
    func apiKeys(includingRevoked: Bool) throws(StoreError) -> [APIKeyRecord] {
        let filter = includingRevoked ? "" : "WHERE revoked_at IS NULL"
        return try session.rows("SELECT \(APIKeyRecord.storedColumns) FROM api_keys \(filter) ORDER BY id").map(APIKeyRecord.init(stored:))
    }

    /// The leader whose token hashes to `hash`, valid or revoked; nil when no token does.
    func leaderCredential(tokenHash hash: String) throws(StoreError) -> LeaderCredential? {
        try session.row("SELECT \(LeaderCredential.storedColumns) FROM leaders WHERE token_hash = $1", [hash])
            .map(LeaderCredential.init(stored:))
    }
}
