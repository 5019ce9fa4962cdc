import CaseWatchCore

extension LeaderCredential {
    /// The columns of the `leaders` table a credential is read from, in the order ``init(stored:)`` reads them.
    package static let storedColumns = "\(Leader.storedColumns), token_issued_at, token_revoked_at"

    /// The leader and token state in `row`, whose columns are ``storedColumns``.
    package init(stored row: some StoredRow) throws(StoreError) {
        self.init(leader: try Leader(stored: row), issuedAt: try row.instant(5), revokedAt: try row.optionalInstant(6))
    }
}
