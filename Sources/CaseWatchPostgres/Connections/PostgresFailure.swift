import CaseWatchStore

/// A statement the server refused or could not run, keeping its SQLSTATE for writers that tell one refusal
/// from another (a duplicate key from a missing reference).
struct PostgresFailure: Error {
    /// The store error that says what happened.
    let storeError: StoreError
    /// The server's SQLSTATE, nil when the connection failed instead.
    let sqlState: String?

    /// Whether a UNIQUE or PRIMARY KEY constraint refused the statement.
    var isUniquenessViolation: Bool { sqlState == "23505" }
    /// Whether a FOREIGN KEY constraint refused the statement.
    var isForeignKeyViolation: Bool { sqlState == "23503" }
}
