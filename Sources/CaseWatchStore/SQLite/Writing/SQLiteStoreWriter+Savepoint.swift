import GRDB

extension SQLiteStoreWriter {
    /// Runs `body` in a savepoint of the open transaction: when it throws, what it wrote is undone, its error
    /// rethrown, and the transaction goes on (so one part of a shared transaction can fail alone).
    ///
    /// Database failures are thrown as ``StoreError``; `body`'s own errors as they are.
    public func inSavepoint<T>(_ body: () throws -> T) throws -> T {
        var result: T?
        do {
            try db.inSavepoint {
                result = try body()
                return .commit
            }
        } catch let error as DatabaseError {
            throw StoreError(wrapping: error)
        }
        return result!
    }
}
