import ArgumentParser

/// `casewatch leaders`: the leader roster and leaders' personal tokens.
public struct LeadersCommand: ParsableCommand {
    /// The subcommands.
    public static let configuration = CommandConfiguration(
        commandName: "leaders",
        abstract: "Show and sync the leader roster; issue and revoke leaders' personal tokens.",
        subcommands: [LeadersListCommand.self, LeadersSyncCommand.self, LeadersTokenCommand.self, LeadersRevokeCommand.self],
        defaultSubcommand: LeadersListCommand.self
    )

    /// Creates the command.
    public init() {}
}
