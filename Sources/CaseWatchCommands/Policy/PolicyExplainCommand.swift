import ArgumentParser
import CaseWatchConfig
import CaseWatchCore

/// `casewatch policy explain`: which targets apply to a case, and when each deadline and tier falls due.
public struct PolicyExplainCommand: ParsableCommand {
    /// The command's name and help.
    public static let configuration = CommandConfiguration(
        commandName: "explain",
        abstract: "Show the targets that apply to a case and the due instant of every deadline and ladder tier.",
        discussion: "The policy in force at --at is used; an instant without an offset is read in its calendar's zone."
    )

    /// The case's category.
    @Option(help: "The case's category, dotted (e.g. road.pothole).")
    var category: String

    /// The case's urgency.
    @Option(help: "The case's urgency as the policy names it (e.g. urgent, normal, complex).")
    var urgency: String

    /// When the case is registered.
    @Option(help: "When the case is registered and dispatched, ISO 8601.")
    var at: String

    /// The policy directory.
    @OptionGroup var policyOptions: PolicyOptions

    /// Whether to print JSON.
    @Flag(help: "Print the explanation as JSON.")
    var json = false

    /// Creates the command.
    public init() {}

    /// Resolves the targets and prints the schedule.
    public func run() throws {
        let set = try policyOptions.load()
        let instant = try ArgumentReading.instant(at, option: "--at", zone: set.displayZone)
        guard let policy = set.policy(at: instant) else {
            throw CommandFailure("no policy is in force at \(at); the earliest takes effect on \(set.policies.first?.effectiveFrom?.description ?? "?")")
        }
        let calendar = set.calendar(for: policy)
        let caseCategory = try ArgumentReading.category(category)
        let schedule: CaseSchedule
        do {
            schedule = try CaseSchedule(
                policy: policy, calendar: calendar, category: caseCategory, urgency: Urgency(urgency), start: instant
            )
        } catch {
            throw CommandFailure("--urgency: \(error)")
        }
        let explanation = PolicyExplanation(
            policy: policy, calendar: calendar, category: caseCategory, urgency: Urgency(urgency),
            registered: instant, schedule: schedule
        )
        if explanation.provisional {
            ProvisionalWarning.emit(calendar: calendar, what: "the schedule")
        }
        Console.line(json ? try JSONOutput.encode(explanation) : explanation.table)
    }
}
