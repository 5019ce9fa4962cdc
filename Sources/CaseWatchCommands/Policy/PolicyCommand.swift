import ArgumentParser

/// `casewatch policy`: validate and explain policies.
public struct PolicyCommand: ParsableCommand {
    /// The subcommands.
    public static let configuration = CommandConfiguration(
        commandName: "policy",
        abstract: "Validate policies and calendars, and explain which deadlines apply to a case.",
        subcommands: [PolicyCheckCommand.self, PolicyExplainCommand.self]
    )

    /// Creates the command.
    public init() {}
}
