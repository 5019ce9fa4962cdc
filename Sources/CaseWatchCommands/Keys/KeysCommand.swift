import ArgumentParser

/// `casewatch keys`: the API keys systems call the HTTP API with.
public struct KeysCommand: ParsableCommand {
    /// The subcommands.
    public static let configuration = CommandConfiguration(
        commandName: "keys",
        abstract: "Create, list and revoke the API keys systems call casewatchd's HTTP API with.",
        subcommands: [KeysCreateCommand.self, KeysListCommand.self, KeysRevokeCommand.self],
        defaultSubcommand: KeysListCommand.self
    )

    /// Creates the command.
    public init() {}
}
