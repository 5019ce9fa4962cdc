import ArgumentParser

/// `casewatch signoff approve`: approve a sign-off, opening a supervision order (督办件).
public struct SignoffApproveCommand: ParsableCommand {
    /// The command's name and help.
    public static let configuration = CommandConfiguration(
        commandName: "approve",
        abstract: "Approve a sign-off with an instruction: opens a supervision order (督办件) with its own deadline.",
        discussion: """
            The order is a case of its own, SO-<sign-off id>, dispatched to the unit charged and tracked and \
            escalated like any case. --deadline is a duration on the case's calendar (default 5 working days).
            """
    )

    @Argument(help: "The sign-off's id, as in `casewatch signoff list`.")
    var id: Int64

    @Option(help: "What the unit must do.")
    var instruction: String

    @Option(help: ArgumentHelp("How long the unit has, e.g. \"3 working days\" or 48h (default: 5 working days).", valueName: "duration"))
    var deadline: String?

    @OptionGroup var options: SignoffOptions
    @OptionGroup var tokenOptions: TokenOptions

    /// Creates the command.
    public init() {}

    /// Approves the sign-off.
    public func run() throws {
        let duration = try deadline.map { try ArgumentReading.duration($0, option: "--deadline") }
        let token = try tokenOptions.token()
        let session = try options.session()
        Console.line(try session.approve(id, token: token, instruction: instruction, deadline: duration, at: WallClock.now()))
    }
}
