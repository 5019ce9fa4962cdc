import ArgumentParser

/// `casewatch signoff reject`: reject a sign-off as unjustified, giving the points back.
public struct SignoffRejectCommand: ParsableCommand {
    /// The command's name and help.
    public static let configuration = CommandConfiguration(
        commandName: "reject",
        abstract: "Reject a sign-off as unjustified: the escalation's assessment points are given back to the unit."
    )

    @Argument(help: "The sign-off's id, as in `casewatch signoff list`.")
    var id: Int64

    @Option(help: "Why the escalation was unjustified.")
    var reason: String

    @OptionGroup var options: SignoffOptions
    @OptionGroup var tokenOptions: TokenOptions

    /// Creates the command.
    public init() {}

    /// Rejects the sign-off.
    public func run() throws {
        let token = try tokenOptions.token()
        let session = try options.session()
        Console.line(try session.reject(id, token: token, reason: reason, at: WallClock.now()))
    }
}
