import GRDB

extension SQLiteCaseStore {
    /// For tests of a full disk: caps the database file at `pages` pages (SQLite's `max_page_count` on the
    /// store's writer connection) and returns the cap in force, which SQLite never sets below the file's
    /// current size. A write that needs a page beyond the cap fails with `SQLITE_FULL`, exactly as on a
    /// full disk, and its transaction is rolled back. Pass `nil` to lift the cap.
    ///
    /// Not for production use: a size-limited file system needs a mount that CI machines may not allow.
    @_spi(Testing)
    public func capPageCount(_ pages: Int?) throws -> Int {
        let cap = pages ?? 1_073_741_823
        return try pool.writeWithoutTransaction { db in
            try Int.fetchOne(db, sql: "PRAGMA max_page_count = \(max(1, cap))") ?? cap
        }
    }
}

extension SQLiteCaseStore {
    /// For tests of what the database itself refuses: runs `sql` in a write transaction of its own, around
    /// the store's API, as an intruder with the file could. Not for production use.
    @_spi(Testing)
    public func executeForTesting(_ sql: String) throws(StoreError) {
        try storeOperation { try pool.write { db in try db.execute(sql: sql) } }
    }
}

extension SQLiteCaseStore {
    /// For tests that look at what is stored around the store's API: the rows `sql` selects, each column
    /// as text or nil. Not for production use.
    @_spi(Testing)
    public func textRowsForTesting(_ sql: String) throws(StoreError) -> [[String?]] {
        try storeOperation {
            try pool.read { db in
                try Row.fetchAll(db, sql: sql).map { row in
                    row.databaseValues.map { value -> String? in
                        switch value.storage {
                        case .null: nil
                        case let .int64(number): String(number)
                        case let .double(number): String(number)
                        case let .string(text): text
                        case let .blob(data): data.map { String(format: "%02x", $0) }.joined()
                        }
                    }
                }
            }
        }
    }
}
