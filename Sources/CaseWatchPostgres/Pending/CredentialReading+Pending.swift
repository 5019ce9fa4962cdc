import CaseWatchCore
import CaseWatchStore

// Not yet on PostgreSQL: each of these calls says so. Replaced, file by file, by the real CredentialReading.
extension PostgresStoreReader: CredentialReading {
    func apiKey(id: Int64) throws(StoreError) -> APIKeyRecord? {
        throw .postgres("\(#function) is not yet implemented on PostgreSQL")
    }

    func liveAPIKey(named name: String) throws(StoreError) -> APIKeyRecord? {
        throw .postgres("\(#function) is not yet implemented on PostgreSQL")
    }

    func apiKeys(includingRevoked: Bool) throws(StoreError) -> [APIKeyRecord] {
        throw .postgres("\(#function) is not yet implemented on PostgreSQL")
    }

    func leaderCredential(tokenHash hash: String) throws(StoreError) -> LeaderCredential? {
        throw .postgres("\(#function) is not yet implemented on PostgreSQL")
    }
}
