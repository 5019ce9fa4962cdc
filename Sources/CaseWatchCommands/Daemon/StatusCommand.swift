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
        // The window of daemons listed follows the leader's own lease; 10 s is its floor.
        let seats = DaemonSeats.make(for: store, leaseDuration: .seconds(10))
        let report = StatusReport(status: try DaemonStatus.read(store, at: now, seats: seats))
        if json {
            Console.line(try JSONOutput.encode(report.json))
        } else {
            for line in report.lines { Console.line(line) }
        }
    }
}
