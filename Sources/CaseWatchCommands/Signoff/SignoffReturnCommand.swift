import ArgumentParser

/// `casewatch signoff return`: send a sign-off back to the hotline centre.
public struct SignoffReturnCommand: ParsableCommand {
    /// The command's name and help.
    public static let configuration = CommandConfiguration(
        commandName: "return",
        abstract: "Return a sign-off to the hotline centre for more information; its clock pauses until resubmitted."
    )

    @Argument(help: "The sign-off's id, as in `casewatch signoff list`.")
    var id: Int64

    @Option(help: "What the centre must add or check.")
    var reason: String

    @OptionGroup var options: SignoffOptions
    @OptionGroup var tokenOptions: TokenOptions

    /// Creates the command.
    public init() {}

    /// Returns the sign-off.
    public func run() throws {
        let token = try tokenOptions.token()
        let session = try options.session()
        Console.line(try session.returnToCentre(id, token: token, reason: reason, at: WallClock.now()))
    }
}
