import ArgumentParser

/// `casewatch signoff`: leaders' sign-offs (领导批示) on leadership escalations.
public struct SignoffCommand: ParsableCommand {
    /// The subcommands.
    public static let configuration = CommandConfiguration(
        commandName: "signoff",
        abstract: "List, show and decide leaders' sign-offs (批示): approve, reject, return; the centre resubmits.",
        discussion: """
            A leader's commands read the leader's personal token from --token-file <path> or $CASEWATCH_TOKEN. \
            Every decision and every refusal is audited.
            """,
        subcommands: [
            SignoffListCommand.self, SignoffShowCommand.self, SignoffApproveCommand.self, SignoffRejectCommand.self,
            SignoffReturnCommand.self, SignoffResubmitCommand.self, SignoffReviewCommand.self,
        ],
        defaultSubcommand: SignoffListCommand.self
    )

    /// Creates the command.
    public init() {}
}
