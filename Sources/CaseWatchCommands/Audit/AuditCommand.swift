import ArgumentParser

/// `casewatch audit`: the tamper-evident audit chain.
public struct AuditCommand: ParsableCommand {
    /// The subcommands.
    public static let configuration = CommandConfiguration(
        commandName: "audit",
        abstract: "Verify, list and checkpoint the hash-chained audit log: decisions, refusals, tokens, roster, intake and reloads.",
        subcommands: [AuditVerifyCommand.self, AuditListCommand.self, AuditCheckpointCommand.self, AuditKeygenCommand.self],
        defaultSubcommand: AuditListCommand.self
    )

    /// Creates the command.
    public init() {}
}
