import ArgumentParser

/// `casewatch`: the command-line tool of the CaseWatch SLA supervision scheduler.
public struct CaseWatchCommand: ParsableCommand {
    /// The tool's name, abstract and subcommands.
    public static let configuration = CommandConfiguration(
        commandName: "casewatch",
        abstract: "SLA supervision and escalation for a 12345 citizen hotline.",
        discussion: """
            Deadlines run on a government work calendar with holidays and make-up working days \
            (policies/calendars/), under the policies in policies/.
            """,
        subcommands: [
            DemoCommand.self, InitCommand.self, IngestCommand.self, CasesCommand.self, ReplayCommand.self, EscalationsCommand.self,
            DeadlineCommand.self, PolicyCommand.self, StatusCommand.self, LeadersCommand.self, SignoffCommand.self, AuditCommand.self,
            AssessCommand.self, DeliveriesCommand.self, NotifyCommand.self, KeysCommand.self, MigrateCommand.self, CopyCommand.self,
        ]
    )

    /// Creates the command (ArgumentParser fills in options).
    public init() {}

    /// Parses the command line and runs the command; an error is reported in the commands' words
    /// (``ErrorWording``) with a non-zero exit.
    public static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            exit(withError: ErrorWording.reported(error))
        }
    }
}
