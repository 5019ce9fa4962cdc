import CaseWatchCore
import GRDB

extension SQLiteStoreWriter {
    /// Gives a leader a new personal token, stored only as `hash` (a token issued before stops working).
    /// False when no leader has that id.
    public func issueToken(to leaderID: String, hash: String, at: Instant) throws(StoreError) -> Bool {
        try storeOperation {
            try db.execute(sql: """
                UPDATE leaders SET token_hash = ?, token_issued_at = ?, token_revoked_at = NULL WHERE id = ?
                """, arguments: [hash, at.secondsSinceEpoch, leaderID])
            return db.changesCount == 1
        }
    }

    /// Ends a leader's token; false when the leader has no valid token.
    public func revokeToken(of leaderID: String, at: Instant) throws(StoreError) -> Bool {
        try storeOperation {
            try db.execute(sql: """
                UPDATE leaders SET token_revoked_at = ?
                WHERE id = ? AND token_hash IS NOT NULL AND token_revoked_at IS NULL
                """, arguments: [max(at.secondsSinceEpoch, 0), leaderID])
            return db.changesCount == 1
        }
    }
}

extension SQLiteStoreReader {
    /// The leader whose token hashes to `hash`, valid or revoked; nil when no token does.
    public func leaderCredential(tokenHash hash: String) throws(StoreError) -> LeaderCredential? {
        try storeOperation {
            try Row.fetchOne(db, sql: "SELECT \(LeaderCredential.storedColumns) FROM leaders WHERE token_hash = ?", arguments: [hash])
                .map(LeaderCredential.init(stored:))
        }
    }
}
