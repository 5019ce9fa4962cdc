import CaseWatchStore

extension PostgresSession {
    /// Attempts `body` in a savepoint of its own: true when it succeeds; false, with what it wrote undone and
    /// the transaction going on, when the server refuses a statement of it. A lost connection is thrown.
    func attemptInSavepoint(_ body: () throws(PostgresFailure) -> Void) throws(StoreError) -> Bool {
        try execute("SAVEPOINT casewatch_attempt")
        do throws(PostgresFailure) {
            try body()
        } catch where error.sqlState != nil {
            try execute("ROLLBACK TO SAVEPOINT casewatch_attempt")
            try execute("RELEASE SAVEPOINT casewatch_attempt")
            return false
        } catch {
            throw error.storeError
        }
        try execute("RELEASE SAVEPOINT casewatch_attempt")
        return true
    }
}
