import ArgumentParser
import CaseWatchCore
import CaseWatchEngine
import CaseWatchStore

/// `casewatch status`: whether a daemon supervises the database, and what waits.
public struct StatusCommand: ParsableCommand {
    /// The command's name and help.
    public static let configuration = CommandConfiguration(
        commandName: "status",
        abstract: "Show whether casewatchd is active, its heartbeat, open cases, pending steps, recent escalations and the outbox."
    )

    @OptionGroup var database: DatabaseOptions

    @Flag(help: "Print one JSON object instead of text.")
    var json = false

    /// Creates the command.
    public init() {}

    /// Prints the status.
    public func run() throws {
        let store = try database.open()
        let now = WallClock.now()
        let (held, record) = SupervisorLock.inspect(forDatabase: store.path)
        let figures = try store.read { reader in
            (
                open: try reader.openCaseCount(), steps: try reader.pendingStepSummary(),
                lastHour: try reader.escalationCount(detectedSince: now.adding(seconds: -3_600)),
                outbox: try reader.outbox(at: now), unrouted: try reader.unroutedNoticeCount()
            )
        }
        let report = StatusReport(
            database: store.path, now: now, active: held, record: record, openCases: figures.open,
            pendingSteps: figures.steps.count, nextDue: figures.steps.earliest, escalationsLastHour: figures.lastHour,
            outbox: StatusReport.Outbox(
                unrouted: figures.unrouted, pending: figures.outbox.pending, failed: figures.outbox.failed,
                dead: figures.outbox.dead, oldestPendingCreatedAt: figures.outbox.oldestPendingCreatedAt
            )
        )
        if json {
            Console.line(try JSONOutput.encode(report.json))
        } else {
            for line in report.lines { Console.line(line) }
        }
    }
}
