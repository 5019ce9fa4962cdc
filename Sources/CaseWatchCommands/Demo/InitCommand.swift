import ArgumentParser
import CaseWatchConfig
import CaseWatchCore
import CaseWatchEngine
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
        let path = database.path
        let (units, leaders) = try SeedFiles.load(from: seeds)
        let eventsPath = "\(seeds)/events.jsonl"
        let sampleEvents = !noEvents && FileManager.default.fileExists(atPath: eventsPath)
        let catalog = try policyOptions.load()
        let gaps = SignoffCoverage.gaps(in: catalog.policies, leaders: leaders)
        guard gaps.isEmpty else {
            throw CommandFailure(SignoffCoverageGap.wording(gaps, roster: "\(seeds)/leaders.yaml") + "\nnothing was created")
        }
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
            try store.write { writer in
                try writer.upsertUnits(units)
                try writer.replaceLeaders(leaders)
            }
            var summary = "created \(path): \(units.count) units, \(leaders.count) leaders"
            if sampleEvents {
                let parse = JSONLinesEventReader.read(try IntakeSource.text(of: eventsPath))
                let intake = EventIntake(store: store, catalog: catalog)
                let check = try intake.check(parse.records)
                let problems = parse.problems + check.problems
                guard problems.isEmpty else {
                    throw CommandFailure(problems.prefix(20).map { $0.wording(file: eventsPath) }.joined(separator: "\n"))
                }
                let outcome = try intake.append(check, source: eventsPath, recordedAt: WallClock.now())
                let cases = try store.read { try $0.caseIDs().count }
                summary += ", \(outcome.stored) sample events of \(cases) cases"
            }
            Console.line(summary)
        } catch {
            DatabaseFiles.remove(path)
            throw CommandFailure("init failed, \(path) was removed:\n\(error)")
        }
    }
}

/// The files SQLite keeps for one database.
enum DatabaseFiles {
    /// Removes the database and its WAL and shared-memory files.
    static func remove(_ path: String) {
        for suffix in ["", "-wal", "-shm"] {
            try? FileManager.default.removeItem(atPath: path + suffix)
        }
    }
}
