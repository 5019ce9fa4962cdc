import CaseWatchCore
import CaseWatchStore
import Logging
import PostgresNIO

/// The durable store of a CaseWatch installation in a PostgreSQL database, which daemons and commands on
/// several hosts share.
///
/// A read runs in one REPEATABLE READ READ ONLY transaction (one snapshot); a write in one transaction that
/// first takes the store's write lock (a transaction-scoped advisory lock, released by its commit or
/// rollback, which works behind transaction poolers too): writes are serialized across hosts as SQLite
/// serializes them on one, so every rule a writer checks against what is stored holds at its commit, and the
/// events of a case never interleave. The server commits durably (`synchronous_commit` on, its default).
/// Every call blocks: run it off Swift's cooperative pool and off any event loop.
public final class PostgresCaseStore: CaseStore {
    /// The database, without its password.
    public let postgresLocation: PostgresLocation
    private let pool: PostgresConnectionPool

    /// The advisory lock key every write transaction holds (ASCII "CWwrite ").
    static let writeLockKey: Int64 = 0x43_57_77_72_69_74_65_20

    /// The database's URL without its password.
    public var location: String { postgresLocation.description }

    private init(location: PostgresLocation, pool: PostgresConnectionPool) {
        self.postgresLocation = location
        self.pool = pool
    }

    deinit {
        pool.close()
    }

    /// The identifiers of the schema migrations this build knows, oldest first.
    public static var migrationIdentifiers: [String] { PostgresMigrations.identifiers }

    /// Opens the store at `location`, whose database must hold CaseWatch's schema; migrates it to the latest
    /// when it is older. Refuses an empty database as ``StoreError/notFound(_:)`` (``migrate(_:connections:logger:)``
    /// makes the schema), another application's, and one migrated by a newer CaseWatch.
    public static func open(
        _ location: PostgresLocation, connections: Int = 8, logger: Logger = Logger(label: "casewatch.postgres")
    ) throws(StoreError) -> PostgresCaseStore {
        let store = try connect(location, connections: connections, logger: logger)
        let applied = try store.withSession { session throws(StoreError) in
            try PostgresMigrations.appliedIdentifiers(session, location: store.location, refusingForeignTables: true)
        }
        guard !applied.isEmpty else { throw StoreError.notFound(store.location) }
        _ = try store.withSession { session throws(StoreError) in try PostgresMigrations.migrate(session, location: store.location) }
        return store
    }

    /// Brings the database at `location` to the latest schema, making it in an empty database, and returns
    /// the store with the migrations it applied (none when it was up to date).
    public static func migrate(
        _ location: PostgresLocation, connections: Int = 8, logger: Logger = Logger(label: "casewatch.postgres")
    ) throws(StoreError) -> (store: PostgresCaseStore, applied: [String]) {
        let store = try connect(location, connections: connections, logger: logger)
        let applied = try store.withSession { session throws(StoreError) in
            try PostgresMigrations.migrate(session, location: store.location)
        }
        return (store, applied)
    }

    /// A store over a pool of at most `connections` connections; the first is opened now, so that an
    /// unreachable server or a refused password is said at once.
    static func connect(
        _ location: PostgresLocation, connections: Int, logger: Logger
    ) throws(StoreError) -> PostgresCaseStore {
        let pool = PostgresConnectionPool(connector: PostgresConnector(location: location), maximum: connections, logger: logger)
        let store = PostgresCaseStore(location: location, pool: pool)
        try store.withSession { _ in }
        return store
    }

    /// Runs `body` with a connection of its own; a connection error is the store error that says it.
    func withSession<T>(_ body: (PostgresSession) throws(StoreError) -> T) throws(StoreError) -> T {
        do {
            return try pool.withSession { session in try body(session) }
        } catch let error as StoreError {
            throw error
        } catch let error as PostgresConnectError {
            throw StoreError.postgres(error.description)
        } catch {
            throw StoreError.postgres("\(error)")
        }
    }

    /// The latest applied migration's identifier.
    public func schemaVersion() throws(StoreError) -> String {
        let applied = try withSession { session throws(StoreError) in
            try PostgresMigrations.appliedIdentifiers(session, location: location, refusingForeignTables: false)
        }
        guard let latest = PostgresMigrations.identifiers.last(where: applied.contains) else {
            throw StoreError.corrupt("no schema migration has been applied to \(location)")
        }
        return latest
    }

    /// Runs `body` in a read transaction over one snapshot.
    public func read<T>(_ body: (any StoreReader) throws -> T) throws -> T {
        try transaction("BEGIN ISOLATION LEVEL REPEATABLE READ, READ ONLY") { session in
            try body(PostgresStoreReader(session))
        }
    }

    /// Runs `body` in one write transaction holding the store's write lock, committed when `body` returns:
    /// all or nothing.
    @discardableResult
    public func write<T>(_ body: (any StoreWriter) throws -> T) throws -> T {
        try write(fencedBy: nil, body)
    }

    /// Runs `body` as ``write(_:)`` does, after `fence` (when given) finds its lease in force.
    func write<T>(fencedBy fence: LeaseFence?, _ body: (any StoreWriter) throws -> T) throws -> T {
        try writeTransaction { session in
            try fence?.check(in: session)
            return try body(PostgresStoreWriter(session))
        }
    }

    /// Runs `body` with the session of one write transaction holding the store's write lock; its commit
    /// notifies ``PostgresWriteWatch/channel`` (a rollback does not), in the same round trip as the lock.
    func writeTransaction<T>(_ body: (PostgresSession) throws -> T) throws -> T {
        try transaction("BEGIN ISOLATION LEVEL READ COMMITTED, READ WRITE") { session in
            try session.execute("SELECT pg_advisory_xact_lock($1), pg_notify($2, '')", [Self.writeLockKey, PostgresWriteWatch.channel])
            return try body(session)
        }
    }

    /// Runs `body` between `begin` and COMMIT on a connection of its own; rolls back when it throws.
    private func transaction<T>(_ begin: String, _ body: (PostgresSession) throws -> T) throws -> T {
        do {
            return try pool.withSession { session in
                try session.execute(begin)
                do {
                    let result = try body(session)
                    try Self.commit(session)
                    return result
                } catch {
                    _ = try? session.execute("ROLLBACK")
                    throw error
                }
            }
        } catch let error as PostgresConnectError {
            throw StoreError.postgres(error.description)
        }
    }

    /// Commits; a transaction that a failed statement aborted (the server then answers COMMIT with ROLLBACK)
    /// is an error, never a silent loss of what `body` believed written.
    private static func commit(_ session: PostgresSession) throws {
        let result: PostgresQueryResult
        do {
            result = try session.query("COMMIT")
        } catch {
            throw error.storeError
        }
        if result.metadata.command == "ROLLBACK" {
            throw StoreError.postgres("a statement of the transaction failed, so the server rolled it back: nothing of it was stored")
        }
    }

    /// Whether a write transaction can be begun and committed now; stores nothing.
    public func isWritable() -> Bool {
        (try? write { _ in }) != nil
    }

    /// Closes the idle connections; they reopen when needed.
    public func releaseMemory() {
        pool.closeIdle()
    }
}
