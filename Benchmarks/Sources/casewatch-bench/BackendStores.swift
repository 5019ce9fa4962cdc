import CaseWatchPostgres
import CaseWatchStore
import CaseWatchTesting
import Foundation

/// The two backends a side-by-side run measures: a new SQLite file each time, or a new database on one
/// throwaway PostgreSQL server that flushes to disk as a production server does (fsync, full page writes,
/// synchronous commit: its defaults).
final class BackendStores {
    /// The backends, in the order the tables print them.
    enum Backend: String, CaseIterable {
        case sqlite = "SQLite"
        case postgres = "PostgreSQL"
    }

    let folder: String
    let server: ThrowawayPostgres
    private var made = 0
    private var scratch: [ScratchDatabase] = []

    init() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("casewatch-backends-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        server = try ThrowawayPostgres(durable: true)
    }

    deinit {
        scratch.removeAll()
        server.stop()
        try? FileManager.default.removeItem(atPath: folder)
    }

    /// A new, empty store's location: a file path or a `postgres://` URL.
    func newLocation(_ backend: Backend) throws -> String {
        made += 1
        switch backend {
        case .sqlite:
            return "\(folder)/store-\(made).sqlite"
        case .postgres:
            let database = try server.makeDatabase()
            scratch.append(database)
            return server.url(database: database.location.database)
        }
    }

    /// Opens the store at `location` (made by ``newLocation(_:)``), creating or migrating it on first use.
    func open(_ location: String) throws -> any CaseStore {
        if location.hasPrefix("postgres://") {
            return try PostgresCaseStore.migrate(PostgresLocation(parsing: location, environment: [:])).store
        }
        return FileManager.default.fileExists(atPath: location) ? try SQLiteCaseStore.open(at: location) : try SQLiteCaseStore.create(at: location)
    }
}
