import ArgumentParser

/// `casewatch escalations`: the escalations recorded.
public struct EscalationsCommand: ParsableCommand {
    /// The subcommands.
    public static let configuration = CommandConfiguration(
        commandName: "escalations",
        abstract: "List the escalations the engine recorded.",
        subcommands: [EscalationsListCommand.self],
        defaultSubcommand: EscalationsListCommand.self
    )

    /// Creates the command.
    public init() {}
}
