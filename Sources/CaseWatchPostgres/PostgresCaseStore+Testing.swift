import CaseWatchStore
import Logging

extension PostgresCaseStore {
    /// For tests of what the database itself refuses: runs `sql` in a transaction of its own, around the
    /// store's API, as an intruder with the role's access could. Not for production use.
    @_spi(Testing)
    public func executeForTesting(_ sql: String) throws(StoreError) {
        try withSession { session throws(StoreError) in
            try session.execute("BEGIN")
            do throws(StoreError) {
                try session.execute(sql)
                try session.execute("COMMIT")
            } catch {
                _ = try? session.execute("ROLLBACK")
                throw error
            }
        }
    }
}

extension PostgresCaseStore {
    /// For tests: a store over `location` without looking at its schema (an empty database, another
    /// application's). Not for production use.
    @_spi(Testing)
    public static func connectForTesting(_ location: PostgresLocation) throws(StoreError) -> PostgresCaseStore {
        try connect(location, connections: 2, logger: Logger(label: "casewatch.postgres.testing"))
    }

    /// For tests of a migration: brings the database at `location` to the migration `last` only.
    @_spi(Testing)
    public static func migrateForTesting(_ location: PostgresLocation, through last: String) throws(StoreError) -> PostgresCaseStore {
        let store = try connect(location, connections: 2, logger: Logger(label: "casewatch.postgres.testing"))
        _ = try store.withSession { session throws(StoreError) in
            try PostgresMigrations.migrate(session, location: store.location, through: last)
        }
        return store
    }

    /// For tests: the tables of the current schema, by name. Not for production use.
    @_spi(Testing)
    public func tablesForTesting() throws(StoreError) -> [String] {
        try withSession { session throws(StoreError) in
            try session.rows("""
                SELECT table_name::text FROM information_schema.tables WHERE table_schema = current_schema() ORDER BY 1
                """).map { row throws(StoreError) in try row.text(0) }
        }
    }
}

extension PostgresCaseStore {
    /// For tests that look at what is stored around the store's API: the rows `sql` selects, each column
    /// as text or nil (cast what is not text in the SQL). Not for production use.
    @_spi(Testing)
    public func textRowsForTesting(_ sql: String) throws(StoreError) -> [[String?]] {
        try withSession { session throws(StoreError) in
            try session.rows(sql).map { row throws(StoreError) in try (0..<row.count).map { index throws(StoreError) in try row.optionalText(index) } }
        }
    }
}
