import ArgumentParser
import CaseWatchStore
import Foundation

/// The `--db` option every command that touches the database shares.
struct DatabaseOptions: ParsableArguments {
    /// The database path.
    @Option(help: "The SQLite database (default: $CASEWATCH_DB, else ./casewatch.sqlite).")
    var db: String?

    /// The path in force: `--db`, else `CASEWATCH_DB`, else `./casewatch.sqlite`.
    var path: String {
        if let db { return db }
        if let fromEnvironment = ProcessInfo.processInfo.environment["CASEWATCH_DB"], !fromEnvironment.isEmpty {
            return fromEnvironment
        }
        return "casewatch.sqlite"
    }

    /// Opens the existing database.
    func open() throws -> any CaseStore {
        do {
            return try SQLiteCaseStore.open(at: path)
        } catch {
            throw ErrorWording.reported(error)
        }
    }
}
