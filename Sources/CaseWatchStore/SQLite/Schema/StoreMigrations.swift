import GRDB

/// The versioned migrations that build the schema; a database is only ever moved forward along them.
///
/// A published migration never changes: the schema grows by appending a new one (`v2-…`) here.
enum StoreMigrations {
    /// Every migration, oldest first.
    static let migrator: DatabaseMigrator = {
        var migrator = DatabaseMigrator()
        migrator.registerMigration(SchemaV1.identifier) { db in
            try run(SchemaV1.statements, in: db)
        }
        migrator.registerMigration(SchemaV2.identifier) { db in
            try run(SchemaV2.statements, in: db)
        }
        migrator.registerMigration(SchemaV3.identifier) { db in
            try run(SchemaV3.statements, in: db)
        }
        migrator.registerMigration(SchemaV4.identifier) { db in
            try run(SchemaV4.statements, in: db)
        }
        migrator.registerMigration(SchemaV5.identifier) { db in
            try run(SchemaV5.statements, in: db)
        }
        migrator.registerMigration(SchemaV6.identifier) { db in
            try run(SchemaV6.statements, in: db)
        }
        migrator.registerMigration(SchemaV7.identifier) { db in
            try run(SchemaV7.statements, in: db)
        }
        migrator.registerMigration(SchemaV8.identifier) { db in
            try run(SchemaV8.statements, in: db)
        }
        return migrator
    }()

    /// The migration identifiers, oldest first.
    static var identifiers: [String] { migrator.migrations }

    /// The latest migration identifier.
    static var latest: String { identifiers[identifiers.count - 1] }

    /// The latest migration applied to the database `reader` reads (at `path`, for the error).
    static func latestApplied(in reader: some DatabaseReader, path: String) throws(StoreError) -> String {
        let applied = try storeOperation { try reader.read { db in try migrator.appliedMigrations(db) } }
        guard let latest = applied.last else { throw .corrupt("no schema migration has been applied to '\(path)'") }
        return latest
    }

    /// Executes each statement in turn.
    private static func run(_ statements: [String], in db: Database) throws {
        for statement in statements {
            try db.execute(sql: statement)
        }
    }

    /// Moves the database forward to `target` (default: the latest migration).
    ///
    /// Another process may be migrating the same file at the same moment; if a migration fails and the
    /// database turns out to have reached the target anyway, that is success.
    static func migrate(_ pool: DatabasePool, upTo target: String = latest) throws(StoreError) {
        let pending = try storeOperation { () throws -> Bool in
            try pool.read { db in
                let applied = try migrator.appliedIdentifiers(db)
                let known = Set(identifiers)
                let unknown = applied.subtracting(known)
                if !unknown.isEmpty { throw StoreError.newerSchema(unknownMigrations: unknown.sorted()) }
                return identifiers.prefix(through: identifiers.firstIndex(of: target)!).contains { !applied.contains($0) }
            }
        }
        guard pending else { return }
        do {
            try migrator.migrate(pool, upTo: target)
        } catch {
            let reached = try? pool.read { db in try migrator.appliedIdentifiers(db).contains(target) }
            if reached != true { throw StoreError(wrapping: error) }
        }
    }
}
