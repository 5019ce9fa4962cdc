import ArgumentParser
import CaseWatchCore
import CaseWatchEngine
import CaseWatchPostgres
import CaseWatchStore
import Foundation

/// `casewatch replay`: run the engine over a case history on a virtual clock.
public struct ReplayCommand: ParsableCommand {
    /// The command's name and help.
    public static let configuration = CommandConfiguration(
        commandName: "replay",
        abstract: "Replay a case history on a virtual clock, recording every escalation the daemon would have fired.",
        discussion: """
            The history is a CSV table with case_id, category, unit, created_at and optionally urgency, \
            accepted_at, closed_at and due_at. The database is created when missing; it must not hold the \
            history's cases yet. Units the history names that the database does not know are created as \
            top-level units. A replay tells nobody: it writes no notice to the outbox unless --notify is given.
            """
    )

    /// Which deadlines a replay judges by.
    enum Deadlines: String, ExpressibleByArgument, CaseIterable {
        /// `due_at` where given, the policy's targets elsewhere.
        case policy
        /// Only `due_at`: a case without one has no deadline and no escalation.
        case explicit
    }

    @Argument(help: "The case-history CSV.")
    var file: String

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var policyOptions: PolicyOptions

    @Option(help: "Fire every step due up to this instant (default: the last event).")
    var asOf: String?

    @Option(help: "policy: due_at where given, else the policy's targets; explicit: only due_at.")
    var deadlines: Deadlines = .policy

    @Flag(help: "Also write each escalation's notices to the outbox, as the daemon does (a running daemon then delivers them).")
    var notify = false

    /// Creates the command.
    public init() {}

    /// Replays the file and prints the summary.
    public func run() throws {
        let parse = CaseHistoryReader.read(try IntakeSource.text(of: file))
        guard !parse.records.isEmpty else {
            for problem in parse.problems { Console.errorLine(problem.wording(file: file)) }
            throw CommandFailure("\(file): no case could be read")
        }
        let catalog = try policyOptions.load()
        let asOfInstant = try asOf.map { try ArgumentReading.instant($0, option: "--as-of", zone: catalog.displayZone) }
            ?? parse.records.map(\.event.at).max()!
        let store: any CaseStore
        do {
            switch try database.location {
            case let .sqlite(path):
                store = FileManager.default.fileExists(atPath: path) ? try SQLiteCaseStore.open(at: path) : try SQLiteCaseStore.create(at: path)
            case let .postgres(location):
                store = try PostgresCaseStore.migrate(location).store
            }
        } catch {
            throw ErrorWording.reported(error)
        }
        for (repair, count) in parse.repairs.sorted(by: { $0.key < $1.key }) {
            Console.errorLine("note: \(count) record\(count == 1 ? "" : "s"): \(repair)")
        }
        var replay = HistoryReplay(store: store, catalog: catalog, explicitDeadlines: deadlines == .explicit)
        replay.notify = notify
        let bar = ProgressReport(label: "replaying")
        let summary: ReplaySummary
        do {
            summary = try replay.run(parse.records, asOf: asOfInstant) { done, total in bar.update(done, of: total) }
        } catch let refusal as ReplayRefusal {
            throw CommandFailure(refusal.wording(database: database.path))
        }
        bar.finish()
        let problems = (parse.problems + summary.rejected).sorted { $0.line < $1.line }
        for problem in problems.prefix(20) { Console.errorLine(problem.wording(file: file)) }
        if problems.count > 20 { Console.errorLine("… and \(problems.count - 20) more refused records") }
        Console.line(ReplayReport(summary: summary, refused: problems.count, database: database.path).text)
    }
}
