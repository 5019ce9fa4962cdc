@_spi(Testing) import CaseWatchPostgres
@_spi(Testing) import CaseWatchStore
import Testing

/// The store backends a test of the store's behaviour runs on, as the arguments of a parameterized test:
/// `@Test(arguments: StoreBackend.allCases)`.
public enum StoreBackend: String, CaseIterable, Sendable, CustomTestStringConvertible {
    /// The embedded SQLite store, in a temporary directory.
    case sqlite
    /// The PostgreSQL store, in a new database of a server this test process started.
    case postgres

    /// The backend's name, as the test report shows it.
    public var testDescription: String { rawValue }

    /// A new, empty store of this backend with the latest schema. On PostgreSQL where no server can be
    /// started here, the test case is cancelled with the reason (skipped, never passed silently).
    public func makeStore() throws -> ScratchStore {
        switch self {
        case .sqlite:
            let temporary = try TemporaryStore()
            return ScratchStore(
                store: temporary.store, keepAlive: temporary, tamper: { sql in try temporary.store.executeForTesting(sql) },
                textRows: { sql in try temporary.store.textRowsForTesting(sql) },
                reopen: { try SQLiteCaseStore.open(at: temporary.path) }
            )
        case .postgres:
            if let reason = ThrowawayPostgres.unavailableReason { try Test.cancel("PostgreSQL: \(reason)") }
            let database = try SharedPostgres.server().makeDatabase()
            let store = try PostgresCaseStore.migrate(database.location, connections: 4).store
            return ScratchStore(
                store: store, keepAlive: database, tamper: { sql in try store.executeForTesting(sql) },
                textRows: { sql in try store.textRowsForTesting(sql) },
                reopen: { try PostgresCaseStore.open(database.location, connections: 4) }
            )
        }
    }
}

/// A store made for one test, kept (with its directory or database) for as long as this value lives.
public final class ScratchStore: @unchecked Sendable {
    /// The store.
    public let store: any CaseStore
    private let keepAlive: AnyObject
    private let tamperBody: (String) throws -> Void
    private let textRowsBody: (String) throws -> [[String?]]
    private let reopenBody: () throws -> any CaseStore

    init(
        store: any CaseStore, keepAlive: AnyObject, tamper: @escaping (String) throws -> Void,
        textRows: @escaping (String) throws -> [[String?]], reopen: @escaping () throws -> any CaseStore
    ) {
        self.store = store
        self.keepAlive = keepAlive
        self.tamperBody = tamper
        self.textRowsBody = textRows
        self.reopenBody = reopen
    }

    /// Another store on the same file or database, with connections of its own: what another process (or
    /// host) sharing the store would have. It needs this value alive, as ``store`` does.
    public func makeSecondStore() throws -> any CaseStore {
        try reopenBody()
    }

    /// Runs `sql` (SQL both backends read alike) in a transaction of its own, around the store's API: what an
    /// intruder with access to the database could do, for tests of what the database itself refuses.
    public func tamper(_ sql: String) throws {
        try tamperBody(sql)
    }

    /// The rows `sql` selects, each column as text or nil, to look at what is stored around the store's API.
    /// Cast what is not text in the SQL (`CAST(x AS TEXT)`): PostgreSQL converts no type by itself.
    public func textRows(_ sql: String) throws -> [[String?]] {
        try textRowsBody(sql)
    }
}
