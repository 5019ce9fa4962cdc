import CaseWatchCore

/// Reads API keys and leaders' sign-off tokens: the part of ``StoreReader`` that each backend implements in its own SQL.
public protocol CredentialReading {
    /// Key `id`, valid or revoked; nil when there is none.
    func apiKey(id: Int64) throws(StoreError) -> APIKeyRecord?

    /// The key not revoked named `name`, nil when there is none.
    func liveAPIKey(named name: String) throws(StoreError) -> APIKeyRecord?

    /// Every key, oldest first; the revoked ones too when `includingRevoked`.
    func apiKeys(includingRevoked: Bool) throws(StoreError) -> [APIKeyRecord]

    /// The leader whose token hashes to `hash`, valid or revoked; nil when no token does.
    func leaderCredential(tokenHash hash: String) throws(StoreError) -> LeaderCredential?
}
