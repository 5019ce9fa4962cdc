import CaseWatchStore

/// The versioned migrations of the PostgreSQL store's schema; a database is only ever moved forward along
/// them. A published migration never changes: the schema grows by appending a new one here.
///
/// Each database records what was applied in `casewatch_migrations`. Migrating runs in one transaction
/// under a transaction-scoped advisory lock, so daemons starting together on several hosts migrate once,
/// and a failure leaves nothing half-made.
enum PostgresMigrations {
    /// Every migration, oldest first: its identifier and statements.
    static let all: [(identifier: String, statements: [String])] = [
        (PostgresSchemaV1.identifier, PostgresSchemaV1.statements),
        (PostgresSchemaV2.identifier, PostgresSchemaV2.statements),
    ]

    /// The migration identifiers, oldest first.
    static var identifiers: [String] { all.map(\.identifier) }

    /// The advisory lock key migrations hold (ASCII "CWmigrat").
    static let lockKey: Int64 = 0x43_57_6D_69_67_72_61_74

    /// The bookkeeping table.
    static let createBookkeeping = """
        CREATE TABLE IF NOT EXISTS casewatch_migrations (
            identifier TEXT COLLATE "C" NOT NULL PRIMARY KEY,
            applied_at TIMESTAMPTZ NOT NULL DEFAULT now()
        )
        """

    /// Moves the database forward to the latest migration (or to `last`, for tests of a migration on an
    /// older schema), in `session`'s own transaction; returns the identifiers it applied.
    ///
    /// Refuses, changing nothing, a database that holds another application's tables and no CaseWatch
    /// migrations, and one migrated by a newer CaseWatch.
    static func migrate(_ session: PostgresSession, location: String, through last: String? = nil) throws(StoreError) -> [String] {
        try session.execute("BEGIN")
        do throws(StoreError) {
            try session.execute("SELECT pg_advisory_xact_lock($1)", [lockKey])
            let applied = try appliedIdentifiers(session, location: location, refusingForeignTables: true)
            let unknown = applied.filter { !identifiers.contains($0) }
            if !unknown.isEmpty { throw StoreError.newerSchema(unknownMigrations: unknown.sorted()) }
            try session.execute(createBookkeeping)
            var done: [String] = []
            let wanted = last.flatMap { last in all.firstIndex { $0.identifier == last } }.map { all[...$0] } ?? all[...]
            for migration in wanted where !applied.contains(migration.identifier) {
                for statement in migration.statements { try session.execute(statement) }
                try session.execute("INSERT INTO casewatch_migrations (identifier) VALUES ($1)", [migration.identifier])
                done.append(migration.identifier)
            }
            try session.execute("COMMIT")
            return done
        } catch {
            _ = try? session.execute("ROLLBACK")
            throw error
        }
    }

    /// The identifiers applied (in no particular order); an empty list for a database without CaseWatch's
    /// bookkeeping, which is refused as another application's when `refusingForeignTables` and it holds
    /// tables of its own in the current schema.
    static func appliedIdentifiers(
        _ session: PostgresSession, location: String, refusingForeignTables: Bool
    ) throws(StoreError) -> [String] {
        let bookkeeping = try session.row("SELECT to_regclass('casewatch_migrations') IS NOT NULL")?.decode(0, as: Bool.self) ?? false
        guard bookkeeping else {
            if refusingForeignTables {
                let tables = try session.rows("""
                    SELECT table_name::text FROM information_schema.tables
                    WHERE table_schema = current_schema() ORDER BY table_name LIMIT 6
                    """).map { row throws(StoreError) in try row.text(0) }
                if !tables.isEmpty {
                    let named = tables.prefix(5).joined(separator: ", ") + (tables.count > 5 ? ", …" : "")
                    throw StoreError.notCaseWatch(
                        path: location, detail: "its schema holds another application's tables (\(named)) and no CaseWatch migrations"
                    )
                }
            }
            return []
        }
        return try session.rows("SELECT identifier FROM casewatch_migrations ORDER BY identifier")
            .map { row throws(StoreError) in try row.text(0) }
    }
}
