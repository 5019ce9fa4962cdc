import CaseWatchStore

/// A new, empty ``SQLiteCaseStore`` in a fresh temporary directory; the directory, and the database in it, are
/// removed when this value goes away.
///
/// Keep the value itself (not only its ``store``) alive for as long as the store is used, or use
/// ``with(_:)``, which does that for the length of a closure.
public final class TemporaryStore {
    /// The directory holding the database; tests may write other files beside it.
    public let directory: TemporaryDirectory
    /// The store, created with every migration applied.
    public let store: SQLiteCaseStore

    /// Creates the database file `name` in a fresh temporary directory; its writes wait at most
    /// `busyTimeout` for another writer.
    public init(named name: String = "store.sqlite", busyTimeout: Duration = SQLiteCaseStore.defaultBusyTimeout) throws {
        directory = try TemporaryDirectory()
        store = try SQLiteCaseStore.create(at: directory.path + "/" + name, busyTimeout: busyTimeout)
    }

    /// The database file's path.
    public var path: String { store.path }

    /// Runs `body` with a new store in a fresh temporary directory, removed when `body` returns.
    public static func with<Result>(_ body: (SQLiteCaseStore) throws -> Result) throws -> Result {
        let temporary = try TemporaryStore()
        return try withExtendedLifetime(temporary) { try body(temporary.store) }
    }
}
