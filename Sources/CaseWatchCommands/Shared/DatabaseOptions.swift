import ArgumentParser
import CaseWatchPostgres
import CaseWatchStore
import Foundation

/// The `--db` option every command that touches the database shares.
struct DatabaseOptions: ParsableArguments {
    /// The store as given.
    @Option(help: "The store: an SQLite file's path, or postgres://user@host:5432/database (default: $CASEWATCH_DB, else ./casewatch.sqlite).")
    var db: String?

    /// The store named: `--db`, else `CASEWATCH_DB`, else `./casewatch.sqlite`, as text.
    var given: String {
        if let db { return db }
        if let fromEnvironment = ProcessInfo.processInfo.environment["CASEWATCH_DB"], !fromEnvironment.isEmpty {
            return fromEnvironment
        }
        return "casewatch.sqlite"
    }

    /// The store named, read.
    var location: StoreLocation {
        get throws(CommandFailure) { try StoreLocation(parsing: given) }
    }

    /// The store named, for messages: the file's path, or the URL without its password.
    var path: String {
        (try? location.description) ?? "the store --db names"
    }

    /// Opens the existing store (migrating it to this build's schema when it is older).
    func open() throws -> any CaseStore {
        do {
            switch try location {
            case let .sqlite(path): return try SQLiteCaseStore.open(at: path)
            case let .postgres(location): return try PostgresCaseStore.open(location)
            }
        } catch {
            throw ErrorWording.reported(error)
        }
    }
}
