import ArgumentParser
import CaseWatchCore
import CaseWatchEngine
import Foundation

/// `casewatch ingest`: append case events to the event log.
public struct IngestCommand: ParsableCommand {
    /// The command's name and help.
    public static let configuration = CommandConfiguration(
        commandName: "ingest",
        abstract: "Append case events from a file to the event log, in batches, idempotent by event id.",
        discussion: """
            Formats: jsonl (one event per line), csv (one event per row), cases (a case-history table, one \
            case per row). Every record is checked first; by default a file with any invalid record stores \
            nothing. Personal data (names, phone numbers, addresses, appeal text) is dropped on reading.
            """
    )

    @Argument(help: "The file to read, or - for standard input.")
    var file: String

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var policyOptions: PolicyOptions

    @Option(help: "The layout: jsonl, csv or cases (default: csv for *.csv, else jsonl).")
    var format: IntakeFormat?

    @Flag(help: "Store the valid records even when some are invalid.")
    var skipInvalid = false

    @Option(help: "With --skip-invalid: write the rejected records with their reasons here (JSON lines).")
    var rejects: String?

    @Option(help: "Events per transaction (1 to 100,000).", transform: { try ArgumentReading.count($0, option: "--batch-size", in: Limits.batchSizes) })
    var batchSize: Int = 5_000

    /// Creates the command.
    public init() {}

    /// Validates the options.
    public func validate() throws {
        if rejects != nil, !skipInvalid { throw ValidationError("--rejects needs --skip-invalid") }
    }

    /// Reads, checks and appends the file.
    public func run() throws {
        let text = try IntakeSource.text(of: file)
        let chosen = format ?? IntakeFormat.guess(from: file)
        var parse = chosen.read(text)
        let catalog = try policyOptions.load()
        let receivedAt = WallClock.now()
        parse.refuseFutureDated(recordedAt: receivedAt)
        let store = try database.open()
        let intake = EventIntake(store: store, catalog: catalog, batchSize: batchSize)
        let check = try intake.check(parse.records)
        let problems = (parse.problems + check.problems).sorted { $0.line < $1.line }
        for (field, count) in parse.droppedFields.sorted(by: { $0.key < $1.key }) {
            Console.errorLine("note: dropped personal-data field '\(field)' from \(count) record\(count == 1 ? "" : "s"); CaseWatch keeps no citizen personal data")
        }
        for problem in problems {
            Console.errorLine(problem.wording(file: file, zone: catalog.displayZone))
        }
        if !problems.isEmpty, !skipInvalid {
            throw CommandFailure("\(problems.count) invalid record\(problems.count == 1 ? "" : "s"); nothing was stored. Fix them, or pass --skip-invalid --rejects <file> to store the valid records")
        }
        if let rejects { try RejectsFile.write(problems, to: rejects) }
        let outcome: IntakeOutcome
        do {
            outcome = try intake.append(check, source: file, recordedAt: receivedAt)
        } catch let conflict as IntakeConflict {
            throw CommandFailure(conflict.wording(file: file))
        }
        Console.line(IngestSummary(outcome: outcome, fileDuplicates: check.duplicates, rejected: problems.count).text)
    }
}

/// The one-line account of an ingest.
struct IngestSummary {
    let outcome: IntakeOutcome
    let fileDuplicates: Int
    let rejected: Int

    var text: String {
        let duplicates = outcome.duplicates + fileDuplicates
        if outcome.stored == 0, rejected == 0 {
            return "nothing new: all \(duplicates) event\(duplicates == 1 ? " was" : "s were") already stored"
        }
        var parts = ["stored \(outcome.stored) event\(outcome.stored == 1 ? "" : "s") in \(outcome.batches) batch\(outcome.batches == 1 ? "" : "es")"]
        if duplicates > 0 { parts.append("\(duplicates) already stored (skipped)") }
        if rejected > 0 { parts.append("\(rejected) rejected") }
        return parts.joined(separator: "; ")
    }
}
