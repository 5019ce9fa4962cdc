import ArgumentParser
import CaseWatchEngine

/// `casewatch leaders revoke`: end a leader's token.
public struct LeadersRevokeCommand: ParsableCommand {
    /// The command's name and help.
    public static let configuration = CommandConfiguration(
        commandName: "revoke",
        abstract: "End a leader's personal token; the leader's commands are refused until a new one is issued.",
        discussion: """
            The revocation is audited (token.revoke). Who may revoke is who may issue (see `casewatch leaders \
            token --help`): the database file's owner, or a leader by their own token (--token-file).
            """
    )

    @Argument(help: "The leader's id, as in `casewatch leaders list`.")
    var id: String

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var issuer: IssuerOptions

    /// Creates the command.
    public init() {}

    /// Revokes the token.
    public func run() throws {
        let store = try database.open()
        do {
            try TokenDesk(store: store).revoke(of: id, by: try issuer.issuer(), at: WallClock.now())
        } catch let refusal as TokenRefusal {
            throw CommandFailure("refused: \(refusal.wording(database: database.path))")
        }
        Console.line("revoked \(id)'s token; `casewatch leaders token \(id)` issues a new one")
    }
}
