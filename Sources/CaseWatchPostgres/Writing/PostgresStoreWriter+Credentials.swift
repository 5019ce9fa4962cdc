import CaseWatchCore
import CaseWatchStore

extension PostgresStoreWriter: CredentialWriting {
    /// Stores a new API key (only its secret's hash) and returns its id; nil when a key not revoked has `name`.
    ///
    /// The name is looked up first rather than left to the unique index: a refused INSERT would abort the
    /// whole transaction, and the store's write lock keeps the answer true until the INSERT.
    func insertAPIKey(name: String, scopes: Set<KeyScope>, secretHash: String, by actor: String, at: Instant) throws(StoreError) -> Int64? {
        guard try postgres.liveAPIKey(named: name) == nil else { return nil }
        return try session.row("""
            INSERT INTO api_keys (name, scopes, secret_hash, created_at, created_by) VALUES ($1, $2, $3, $4, $5) RETURNING id
            """, [name, KeyScope.column(scopes), secretHash, at.secondsSinceEpoch, actor])?.int(0)
    }

    /// Revokes key `id`; false when it is already revoked or there is none.
    func revokeAPIKey(id: Int64, by actor: String, at: Instant) throws(StoreError) -> Bool {
        try session.execute(
            "UPDATE api_keys SET revoked_at = $1, revoked_by = $2 WHERE id = $3 AND revoked_at IS NULL", [at.secondsSinceEpoch, actor, id]
        ) == 1
    }

    /// Records that key `id` was accepted at `at`.
    func touchAPIKey(id: Int64, at: Instant) throws(StoreError) {
        try session.execute("UPDATE api_keys SET last_used_at = $1 WHERE id = $2", [at.secondsSinceEpoch, id])
    }

    /// Gives a leader a new personal token, stored only as `hash` (a token issued before stops working).
    /// False when no leader has that id.
    func issueToken(to leaderID: String, hash: String, at: Instant) throws(StoreError) -> Bool {
        try session.execute(
            "UPDATE leaders SET token_hash = $1, token_issued_at = $2, token_revoked_at = NULL WHERE id = $3",
            [hash, at.secondsSinceEpoch, leaderID]
        ) == 1
    }

    /// Ends a leader's token; false when the leader has no valid token.
    func revokeToken(of leaderID: String, at: Instant) throws(StoreError) -> Bool {
        try session.execute("""
            UPDATE leaders SET token_revoked_at = $1 WHERE id = $2 AND token_hash IS NOT NULL AND token_revoked_at IS NULL
            """, [max(at.secondsSinceEpoch, 0), leaderID]) == 1
    }
}
