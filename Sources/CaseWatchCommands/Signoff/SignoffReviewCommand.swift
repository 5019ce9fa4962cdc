import ArgumentParser
import CaseWatchCore

/// `casewatch signoff review`: decide my pending sign-offs one at a time.
public struct SignoffReviewCommand: ParsableCommand {
    /// The command's name and help.
    public static let configuration = CommandConfiguration(
        commandName: "review",
        abstract: "Walk through the sign-offs awaiting you, oldest due first: approve, reject, return, skip or quit at each.",
        discussion: """
            Answers are read line by line from standard input (a: approve, then the instruction and an optional \
            deadline; r: reject, then the reason; t: return, then the reason; s: skip; v: view in full; q: quit; \
            the end of the input quits too). Sign-offs already expired are left out. Ends with a summary; the \
            exit status is 1 if any decision was refused.
            """
    )

    @OptionGroup var options: SignoffOptions
    @OptionGroup var tokenOptions: TokenOptions

    /// Creates the command.
    public init() {}

    /// Runs the review.
    public func run() throws {
        let token = try tokenOptions.token()
        let session = try options.session()
        let now = WallClock.now()
        let leader = try session.leader(token: token, at: now)
        let awaiting = try session.awaiting(leader)
        let open = awaiting.filter { $0.dueAt >= now }
        Console.line("\(open.count) sign-off\(open.count == 1 ? "" : "s") awaiting \(leader.id) (\(leader.name), \(leader.title)), oldest due first")
        if open.count < awaiting.count {
            Console.line("(\(awaiting.count - open.count) expired unsigned and pass to the next level; they are not shown)")
        }
        guard !open.isEmpty else { return }
        let tally = try SignoffReview(session: session, token: token).walk(open)
        Console.line("")
        Console.line("review ended: \(tally.summary)")
        if tally.refused > 0 {
            throw CommandFailure("\(tally.refused) decision\(tally.refused == 1 ? " was" : "s were") refused (see above); nothing was recorded for \(tally.refused == 1 ? "it" : "them")")
        }
    }
}
