import CaseWatchCore

extension APIKeyRecord {
    /// The columns of the `api_keys` table a key is read from, in the order ``init(stored:)`` reads them.
    package static let storedColumns = "id, name, scopes, secret_hash, created_at, created_by, revoked_at, revoked_by, last_used_at"

    /// The key in `row`, whose columns are ``storedColumns``.
    package init(stored row: some StoredRow) throws(StoreError) {
        self.init(
            id: try row.int(0), name: try row.text(1), scopes: KeyScope.scopes(column: try row.text(2)), secretHash: try row.text(3),
            createdAt: try row.instant(4), createdBy: try row.text(5), revokedAt: try row.optionalInstant(6),
            revokedBy: try row.optionalText(7), lastUsedAt: try row.optionalInstant(8)
        )
    }
}
