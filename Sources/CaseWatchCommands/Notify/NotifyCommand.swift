import ArgumentParser

/// `casewatch notify`: the routing of deliveries.
public struct NotifyCommand: ParsableCommand {
    /// The subcommands.
    public static let configuration = CommandConfiguration(
        commandName: "notify",
        abstract: "Explain who is told of a case or unit reaching a tier, and when; send a receiver a test message (policies/notify.yaml).",
        subcommands: [NotifyExplainCommand.self, NotifyTestCommand.self]
    )

    /// Creates the command.
    public init() {}
}
