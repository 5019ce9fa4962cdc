import ArgumentParser
import CaseWatchCore

/// `casewatch signoff show`: everything a leader needs to decide one sign-off.
public struct SignoffShowCommand: ParsableCommand {
    /// The command's name and help.
    public static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Show a sign-off in full: where it stands, the unit's recent record, and its case's deadlines, escalations and timeline."
    )

    @Argument(help: "The sign-off's id, as in `casewatch signoff list`.")
    var id: Int64

    @OptionGroup var options: SignoffOptions

    /// Creates the command.
    public init() {}

    /// Prints the sign-off.
    public func run() throws {
        let session = try options.session()
        Console.line(try SignoffReport.text(of: session.signoff(id), session: session, now: WallClock.now()))
    }
}
