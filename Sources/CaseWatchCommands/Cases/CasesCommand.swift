import ArgumentParser

/// `casewatch cases`: read cases and rebuild their projections.
public struct CasesCommand: ParsableCommand {
    /// The subcommands.
    public static let configuration = CommandConfiguration(
        commandName: "cases",
        abstract: "List and show cases, and rebuild their projections from the event log.",
        subcommands: [CasesListCommand.self, CasesShowCommand.self, CasesRebuildCommand.self]
    )

    /// Creates the command.
    public init() {}
}
