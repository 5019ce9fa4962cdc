import CaseWatchCore
import Foundation
import GRDB

/// The durable store of one CaseWatch database file: the event log, projections, escalations, sign-offs,
/// the assessment ledger and the audit chain, in SQLite.
///
/// Opens the file as a WAL `DatabasePool`: reads run beside a write; writes are serialized, each one
/// IMMEDIATE transaction committed durably (`synchronous = FULL`). Several stores — in this process or
/// others — may open the same file; a writer waits up to the busy timeout for another one's lock.
public final class SQLiteCaseStore: CaseStore {
    /// The database file's path.
    public let path: String
    /// The database file's path.
    public var location: String { path }
    /// The connections.
    let pool: DatabasePool

    private init(path: String, pool: DatabasePool) {
        self.path = path
        self.pool = pool
    }

    /// The identifiers of the schema migrations this build knows, oldest first.
    public static let migrationIdentifiers: [String] = StoreMigrations.identifiers

    /// How long a write waits for another connection's (or process's) write lock by default.
    public static let defaultBusyTimeout: Duration = .seconds(30)

    /// Creates a new database at `path` with the latest schema; refuses a path where a file already exists.
    ///
    /// A write waits up to `busyTimeout` for another writer's lock before failing.
    public static func create(
        at path: String, busyTimeout: Duration = defaultBusyTimeout
    ) throws(StoreError) -> SQLiteCaseStore {
        try create(at: path, migratingUpTo: StoreMigrations.latest, busyTimeout: busyTimeout)
    }

    /// Creates a new database migrated up to `migration` only (for migration tests).
    static func create(
        at path: String, migratingUpTo migration: String, busyTimeout: Duration = defaultBusyTimeout
    ) throws(StoreError) -> SQLiteCaseStore {
        try DatabaseFile.createEmpty(at: path)
        do throws(StoreError) {
            let pool = try connect(path, busyTimeout: busyTimeout)
            try DatabaseFile.markAsCaseWatch(pool)
            try StoreMigrations.migrate(pool, upTo: migration)
            return SQLiteCaseStore(path: path, pool: pool)
        } catch {
            DatabaseFile.remove(at: path)
            throw error
        }
    }

    /// Opens an existing database and migrates it to the latest schema; refuses a missing file.
    ///
    /// A write waits up to `busyTimeout` for another writer's lock before failing.
    /// A file that is empty, truncated, not SQLite, or another program's SQLite database is refused before
    /// anything is written to it.
    public static func open(at path: String, busyTimeout: Duration = defaultBusyTimeout) throws(StoreError) -> SQLiteCaseStore {
        try requireCaseWatchDatabase(at: path)
        let pool = try connect(path, busyTimeout: busyTimeout)
        try StoreMigrations.migrate(pool)
        return SQLiteCaseStore(path: path, pool: pool)
    }

    /// Refuses, without changing it, a path that holds no CaseWatch database: no file, an empty,
    /// truncated or non-SQLite file, or another program's SQLite database.
    public static func requireCaseWatchDatabase(at path: String) throws(StoreError) {
        try DatabaseFile.requireExisting(at: path)
        try DatabaseFile.requireWholeSQLiteFile(at: path)
        try DatabaseFile.requireCaseWatch(at: path)
    }

    /// Opens the connections with the store's configuration.
    private static func connect(_ path: String, busyTimeout: Duration) throws(StoreError) -> DatabasePool {
        do {
            let pool = try DatabasePool(path: path, configuration: StoreConfiguration.make(busyTimeout: busyTimeout))
            try StoreConfiguration.makeCommitsDurable(pool)
            return pool
        } catch let error as DatabaseError where error.resultCode == .SQLITE_NOTADB {
            throw .notCaseWatch(path: path, detail: "not an SQLite database")
        } catch {
            throw StoreError(wrapping: error)
        }
    }

    /// The latest applied migration's identifier.
    public func schemaVersion() throws(StoreError) -> String {
        try StoreMigrations.latestApplied(in: pool, path: path)
    }

    /// Runs `body` in a read transaction: it sees one consistent snapshot, while writers go on.
    ///
    /// The reader is valid only inside `body`. Do not call `read` or `write` from inside `body`.
    public func read<T>(_ body: (any StoreReader) throws -> T) throws -> T {
        do {
            return try pool.read { db in try body(SQLiteStoreReader(db)) }
        } catch let error as DatabaseError {
            throw StoreError(wrapping: error)
        }
    }

    /// Runs `body` in one IMMEDIATE write transaction, committed durably when `body` returns: all or nothing.
    ///
    /// When `body` throws, everything it wrote is rolled back and its error is rethrown. A store error that
    /// `body` catches (e.g. ``StoreError/duplicateEvent(_:)``) undoes only the refused call, and the
    /// transaction goes on. The writer is valid only inside `body`. Do not call `read` or `write` from
    /// inside `body`.
    @discardableResult
    public func write<T>(_ body: (any StoreWriter) throws -> T) throws -> T {
        do {
            return try pool.writeWithoutTransaction { db in
                var result: T?
                try db.inTransaction(.immediate) {
                    result = try body(SQLiteStoreWriter(db))
                    return .commit
                }
                return result!
            }
        } catch let error as DatabaseError {
            throw StoreError(wrapping: error)
        }
    }

    /// Whether a write transaction can be begun and committed now (the write lock taken within the busy
    /// timeout, the file writable): an empty IMMEDIATE transaction, which stores nothing.
    public func isWritable() -> Bool {
        (try? write { _ in }) != nil
    }
}
