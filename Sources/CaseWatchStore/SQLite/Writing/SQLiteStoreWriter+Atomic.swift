import GRDB

extension SQLiteStoreWriter {
    /// Runs `body` in a savepoint: when it throws, what it wrote is undone and the transaction goes on.
    ///
    /// This keeps every writer call all-or-nothing even when the caller catches its error.
    func atomically<T>(_ body: () throws(StoreError) -> T) throws(StoreError) -> T {
        var result: T?
        try storeOperation {
            try db.inSavepoint {
                result = try body()
                return .commit
            }
        }
        return result!
    }
}
