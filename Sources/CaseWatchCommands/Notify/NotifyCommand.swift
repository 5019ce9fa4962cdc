import ArgumentParser

/// `casewatch notify`: the routing of deliveries.
public struct NotifyCommand: ParsableCommand {
    /// The subcommands.
    public static let configuration = CommandConfiguration(
        commandName: "notify",
        abstract: "Explain who is told of a case or unit reaching a tier, and when (policies/notify.yaml).",
        subcommands: [NotifyExplainCommand.self]
    )

    /// Creates the command.
    public init() {}
}
