import CaseWatchCore

/// Writes API keys and leaders' sign-off tokens: the part of ``StoreWriter`` that each backend implements in its own SQL.
public protocol CredentialWriting {
    /// Stores a new API key (only its secret's hash) and returns its id; nil when a key not revoked has `name`.
    func insertAPIKey(name: String, scopes: Set<KeyScope>, secretHash: String, by actor: String, at: Instant) throws(StoreError) -> Int64?

    /// Revokes key `id`; false when it is already revoked or there is none.
    func revokeAPIKey(id: Int64, by actor: String, at: Instant) throws(StoreError) -> Bool

    /// Records that key `id` was accepted at `at`.
    func touchAPIKey(id: Int64, at: Instant) throws(StoreError)

    /// Gives a leader a new personal token, stored only as `hash` (a token issued before stops working).
    /// False when no leader has that id.
    func issueToken(to leaderID: String, hash: String, at: Instant) throws(StoreError) -> Bool

    /// Ends a leader's token; false when the leader has no valid token.
    func revokeToken(of leaderID: String, at: Instant) throws(StoreError) -> Bool
}
