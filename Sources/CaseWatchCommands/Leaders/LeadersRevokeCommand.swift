import ArgumentParser

/// `casewatch leaders revoke`: end a leader's token.
public struct LeadersRevokeCommand: ParsableCommand {
    /// The command's name and help.
    public static let configuration = CommandConfiguration(
        commandName: "revoke",
        abstract: "End a leader's personal token; the leader's commands are refused until a new one is issued.",
        discussion: "The revocation is audited (token.revoke)."
    )

    @Argument(help: "The leader's id, as in `casewatch leaders list`.")
    var id: String

    @OptionGroup var database: DatabaseOptions

    /// Creates the command.
    public init() {}

    /// Revokes the token.
    public func run() throws {
        let store = try database.open()
        let now = WallClock.now()
        let (known, revoked) = try store.write { writer in
            let known = try writer.leaders().contains { $0.id == id }
            guard known, try writer.revokeToken(of: id, at: now) else { return (known, false) }
            try writer.appendAudit(at: now, actor: StaffActor.current, action: "token.revoke", detail: AuditDetailText.json(["leader": id]))
            return (known, true)
        }
        guard known else {
            throw CommandFailure("no leader '\(id)' on the roster of \(database.path); `casewatch leaders list` shows their ids")
        }
        guard revoked else {
            throw CommandFailure("\(id) has no valid token to revoke (none was issued, or it is already revoked)")
        }
        Console.line("revoked \(id)'s token; `casewatch leaders token \(id)` issues a new one")
    }
}
