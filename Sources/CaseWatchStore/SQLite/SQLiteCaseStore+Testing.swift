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
