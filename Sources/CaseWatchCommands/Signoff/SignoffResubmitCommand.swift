import ArgumentParser

/// `casewatch signoff resubmit`: the centre puts a returned sign-off back before leaders.
public struct SignoffResubmitCommand: ParsableCommand {
    /// The command's name and help.
    public static let configuration = CommandConfiguration(
        commandName: "resubmit",
        abstract: "Put a returned sign-off back before leaders (the centre's move); its deadline moves on by the time it was returned.",
        discussion: "Audited as the operating-system user (staff:$USER)."
    )

    @Argument(help: "The sign-off's id, as in `casewatch signoff list --all`.")
    var id: Int64

    @Option(help: "What the centre added or checked.")
    var note: String?

    @OptionGroup var options: SignoffOptions

    /// Creates the command.
    public init() {}

    /// Resubmits the sign-off.
    public func run() throws {
        let session = try options.session()
        let now = WallClock.now()
        try SignoffSession.refusing { try session.desk.resubmit(id, by: StaffActor.current, note: note, at: now) }
        let signoff = try session.signoff(id)
        Console.line("resubmitted sign-off \(id): pending again at the \(signoff.level) level, sign by \(session.show(signoff.dueAt))")
    }
}
