import CaseWatchCore
import CaseWatchStore

// Not yet on PostgreSQL: each of these calls says so. Replaced, file by file, by the real CredentialWriting.
extension PostgresStoreWriter: CredentialWriting {
    func insertAPIKey(name: String, scopes: Set<KeyScope>, secretHash: String, by actor: String, at: Instant) throws(StoreError) -> Int64? {
        throw .postgres("\(#function) is not yet implemented on PostgreSQL")
    }

    func revokeAPIKey(id: Int64, by actor: String, at: Instant) throws(StoreError) -> Bool {
        throw .postgres("\(#function) is not yet implemented on PostgreSQL")
    }

    func touchAPIKey(id: Int64, at: Instant) throws(StoreError) {
        throw .postgres("\(#function) is not yet implemented on PostgreSQL")
    }

    func issueToken(to leaderID: String, hash: String, at: Instant) throws(StoreError) -> Bool {
        throw .postgres("\(#function) is not yet implemented on PostgreSQL")
    }

    func revokeToken(of leaderID: String, at: Instant) throws(StoreError) -> Bool {
        throw .postgres("\(#function) is not yet implemented on PostgreSQL")
    }
}
