import ArgumentParser

/// `casewatch deliveries`: the outbox's deliveries to receivers.
public struct DeliveriesCommand: ParsableCommand {
    /// The subcommands.
    public static let configuration = CommandConfiguration(
        commandName: "deliveries",
        abstract: "List, show and retry the deliveries of escalation and sign-off notices to receivers.",
        subcommands: [DeliveriesListCommand.self, DeliveriesShowCommand.self, DeliveriesRetryCommand.self],
        defaultSubcommand: DeliveriesListCommand.self
    )

    /// Creates the command.
    public init() {}
}
