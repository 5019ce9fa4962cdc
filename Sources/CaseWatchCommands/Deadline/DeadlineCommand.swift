import ArgumentParser
import CaseWatchConfig
import CaseWatchCore

/// `casewatch deadline`: when is something due that starts at an instant and runs for a duration?
public struct DeadlineCommand: ParsableCommand {
    /// The command's name and help.
    public static let configuration = CommandConfiguration(
        commandName: "deadline",
        abstract: "Print the due instant of a duration added to an instant on a work calendar.",
        discussion: """
            Durations: '<N> working days' (the start day never counts), '<N> working hours', \
            '<N> working minutes', or calendar time such as '24h', '30m', '1h30m'. \
            Instants are ISO 8601; without an offset they are read in the calendar's zone.
            """
    )

    /// The start instant.
    @Option(help: "The start, ISO 8601 (e.g. 2024-10-14T09:30:00+08:00).")
    var from: String

    /// The duration to add.
    @Option(help: "The duration: '<N> working days', '<N> working hours', '<N>h' or '<N>m'.")
    var add: String

    /// Pauses of the clock.
    @Option(name: .customLong("pause"), help: "A pause <start>/<end> during which the clock stops (repeatable).")
    var pauses: [String] = []

    /// The calendar file.
    @Option(help: "The work calendar (YAML).")
    var calendar: String = "policies/calendars/cn-mainland.yaml"

    /// Whether to print the explanation as JSON.
    @Flag(help: "Print the due instant with its explanation as JSON.")
    var json = false

    /// Creates the command.
    public init() {}

    /// Computes and prints the deadline.
    public func run() throws {
        let workCalendar: WorkCalendar
        do {
            workCalendar = try ConfigLoader.loadCalendar(at: calendar)
        } catch {
            throw CommandFailure("cannot load calendar:\n\(error)")
        }
        let zone = workCalendar.zone
        let start = try ArgumentReading.instant(from, option: "--from", zone: zone)
        let duration = try ArgumentReading.duration(add, option: "--add")
        let pauseSet = try ArgumentReading.pauses(pauses, zone: zone)
        let (deadline, timeline) = workCalendar.explainDeadline(from: start, adding: duration, pauses: pauseSet)
        if deadline.provisional {
            ProvisionalWarning.emit(calendar: workCalendar, what: "the deadline")
        }
        if json {
            let report = DeadlineReport(
                calendar: workCalendar, start: start, duration: duration, pauses: pauseSet,
                deadline: deadline, timeline: timeline
            )
            Console.line(try JSONOutput.encode(report))
        } else {
            Console.line(InstantFormatter.format(deadline.due, in: zone) + (deadline.provisional ? " (provisional)" : ""))
        }
    }
}
