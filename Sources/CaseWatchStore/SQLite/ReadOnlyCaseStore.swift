import Foundation
import GRDB

/// A CaseWatch database opened to read only: no migration, no write, no journal file created beside it.
///
/// For checking a database without changing it, down to a copy in a read-only directory (`chmod 444`).
/// When a write-ahead log lies beside the file (a daemon has it open, or one stopped without closing it),
/// SQLite reads through it as any reader does. When none does, the file holds everything and is opened
/// immutable (SQLite's `immutable=1`): nothing is created next to it and no lock is taken, so do not let
/// a writer open the file while it is being read that way.
public final class ReadOnlyCaseStore: Sendable {
    /// The database file's path.
    public let path: String
    private let queue: DatabaseQueue

    private init(path: String, queue: DatabaseQueue) {
        self.path = path
        self.queue = queue
    }

    /// Opens the existing database at `path` to read it; refuses a missing file or one CaseWatch did not make.
    public static func open(at path: String) throws(StoreError) -> ReadOnlyCaseStore {
        try DatabaseFile.requireExisting(at: path)
        var configuration = Configuration()
        configuration.readonly = true
        configuration.label = "CaseWatchStore.readOnly"
        let live = FileManager.default.fileExists(atPath: path + "-wal")
        let queue: DatabaseQueue
        do {
            queue = try DatabaseQueue(path: live ? path : immutableURI(path), configuration: configuration)
            let foreign = try queue.read { db -> Bool in
                let tables = try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table'")
                return !tables.contains("grdb_migrations")
            }
            if foreign { throw StoreError.notCaseWatch(path: path, detail: "it holds no CaseWatch migrations") }
        } catch let error as StoreError {
            throw error
        } catch let error as DatabaseError where error.resultCode == .SQLITE_NOTADB {
            throw .notCaseWatch(path: path, detail: "not an SQLite database")
        } catch {
            throw StoreError(wrapping: error)
        }
        return ReadOnlyCaseStore(path: path, queue: queue)
    }

    /// The URI that opens `path` immutable (SQLite reads it as a URI: the library is built with `SQLITE_USE_URI`).
    private static func immutableURI(_ path: String) -> String {
        let absolute = path.hasPrefix("/") ? path : FileManager.default.currentDirectoryPath + "/" + path
        var allowed = CharacterSet.urlPathAllowed
        allowed.remove(charactersIn: "?#%")
        return "file:" + (absolute.addingPercentEncoding(withAllowedCharacters: allowed) ?? absolute) + "?immutable=1"
    }

    /// The latest applied migration's identifier (the file is never migrated here).
    public func schemaVersion() throws(StoreError) -> String {
        try StoreMigrations.latestApplied(in: queue, path: path)
    }

    /// Runs `body` in a read transaction over one consistent snapshot.
    ///
    /// The reader is valid only inside `body`; what `body` reads must exist at the file's schema version.
    public func read<T>(_ body: (any StoreReader) throws -> T) throws -> T {
        do {
            return try queue.read { db in try body(SQLiteStoreReader(db)) }
        } catch let error as DatabaseError {
            throw StoreError(wrapping: error)
        }
    }
}
