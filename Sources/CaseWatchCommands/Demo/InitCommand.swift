import ArgumentParser
import CaseWatchConfig
import CaseWatchCore
import CaseWatchEngine
import CaseWatchPostgres
import CaseWatchStore
import Foundation

/// `casewatch init`: create the database and load the seeds.
public struct InitCommand: ParsableCommand {
    /// The command's name and help.
    public static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Create the database and load the unit tree, the leader roster and the sample events from the seeds.",
        discussion: "An existing database is left alone unless --replace is given. If loading fails, the new database is removed."
    )

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var policyOptions: PolicyOptions

    @Option(help: "The seed directory: units.yaml, leaders.yaml and, optionally, events.jsonl.")
    var seeds: String = "seeds"

    @Flag(help: "Load the unit tree and roster only, without the sample events.")
    var noEvents = false

    @Flag(help: "Delete an existing CaseWatch database first (everything in it is lost); refused while a daemon supervises it, or if the file is not a CaseWatch database.")
    var replace = false

    /// Creates the command.
    public init() {}

    /// Creates the database and loads the seeds.
    public func run() throws {
        let seedsLoaded = try SeedLoad(seeds: seeds, withEvents: !noEvents, catalog: try policyOptions.load())
        switch try database.location {
        case let .sqlite(path): try initialize(path: path, loading: seedsLoaded)
        case let .postgres(location): try initialize(location, loading: seedsLoaded)
        }
    }

    /// Creates the SQLite file at `path` and loads it; removes the file when loading fails.
    private func initialize(path: String, loading load: SeedLoad) throws {
        if FileManager.default.fileExists(atPath: path) {
            guard replace else {
                throw CommandFailure("\(path) already exists; pass --replace to delete it and start over (everything in it is lost), or choose another --db")
            }
            try ReplaceCheck.requireReplaceable(path)
            DatabaseFiles.remove(path)
        }
        let store: any CaseStore
        do {
            store = try SQLiteCaseStore.create(at: path)
        } catch {
            throw ErrorWording.reported(error)
        }
        do {
            Console.line("created \(path): " + (try load.load(into: store)))
        } catch {
            DatabaseFiles.remove(path)
            throw CommandFailure("init failed, \(path) was removed:\n\(error)")
        }
    }

    /// Makes CaseWatch's schema in the PostgreSQL database at `location` and loads it; refuses a database
    /// that already holds a CaseWatch store with data (a database is never emptied by a command).
    private func initialize(_ location: PostgresLocation, loading load: SeedLoad) throws {
        if replace {
            throw CommandFailure("--replace does not empty a PostgreSQL database; drop and create it (dropdb, createdb), then run init again")
        }
        let store: PostgresCaseStore
        do {
            store = try PostgresCaseStore.migrate(location).store
            let holds = try store.read { reader in try !reader.units().isEmpty || reader.eventCount() > 0 }
            if holds {
                throw CommandFailure(
                    "\(location) already holds a CaseWatch store with units or events; init loads seeds into an empty one only (drop and create the database to start over)"
                )
            }
        } catch {
            throw ErrorWording.reported(error)
        }
        do {
            Console.line("created \(location): " + (try load.load(into: store)))
        } catch {
            throw CommandFailure(
                "init failed; \(location) keeps CaseWatch's schema and what was loaded before the failure (drop and create the database to start over):\n\(error)"
            )
        }
    }
}
