/// Migration "v7-api-keys": the API keys systems use to call the HTTP API.
///
/// A key's secret is never stored, only its SHA-256 (`secret_hash`); the key's text names its id
/// (`cwk_<id>_<secret>`), so a key is looked up by id and its secret compared by hash. A name is unique
/// among the keys not revoked (a revoked key's name may be given again). Keys are never deleted: a key's
/// id, name, scopes, hash and creation never change, revocation is set once, and only `last_used_at` moves.
enum SchemaV7 {
    /// The migration's identifier.
    static let identifier = "v7-api-keys"

    /// The columns that never change once written.
    private static let fixedColumns = "id, name, scopes, secret_hash, created_at, created_by"

    /// The statements, in order.
    static let statements: [String] = [
        """
        CREATE TABLE api_keys (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            name TEXT NOT NULL CHECK (name <> ''),
            scopes TEXT NOT NULL CHECK (scopes <> ''),
            secret_hash TEXT NOT NULL UNIQUE CHECK (length(secret_hash) = 64),
            created_at INTEGER NOT NULL,
            created_by TEXT NOT NULL CHECK (created_by <> ''),
            revoked_at INTEGER,
            revoked_by TEXT,
            last_used_at INTEGER,
            CHECK ((revoked_at IS NULL) = (revoked_by IS NULL))
        )
        """,
        "CREATE UNIQUE INDEX api_keys_live_name ON api_keys(name) WHERE revoked_at IS NULL",
        """
        CREATE TRIGGER api_keys_fixed BEFORE UPDATE OF \(fixedColumns) ON api_keys
        BEGIN SELECT RAISE(ABORT, 'api_keys: a key''s id, name, scopes, hash and creation never change; create a new key'); END;
        CREATE TRIGGER api_keys_revoked_once BEFORE UPDATE OF revoked_at, revoked_by ON api_keys
        WHEN OLD.revoked_at IS NOT NULL
        BEGIN SELECT RAISE(ABORT, 'api_keys: a key is revoked once, for good'); END;
        CREATE TRIGGER api_keys_no_delete BEFORE DELETE ON api_keys
        BEGIN SELECT RAISE(ABORT, 'api_keys: a key cannot be deleted; revoke it'); END
        """,
    ]
}
