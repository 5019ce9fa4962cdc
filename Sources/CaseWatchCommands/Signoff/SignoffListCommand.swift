import ArgumentParser
import CaseWatchCore

/// `casewatch signoff list`: the sign-offs awaiting me, or every open one.
public struct SignoffListCommand: ParsableCommand {
    /// The command's name and help.
    public static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List the sign-offs awaiting you (or --all open ones), oldest due first.",
        discussion: """
            Each row: the sign-off's id, its case, the unit charged, how late the case is and how long the \
            sign-off has left. Without --all the token says who you are.
            """
    )

    @OptionGroup var options: SignoffOptions
    @OptionGroup var tokenOptions: TokenOptions

    @Flag(help: "For the centre's staff: every open sign-off (pending or returned), at every level; no token needed.")
    var all = false

    @Flag(help: "Print a JSON array of objects with id, case, unit, level, status, case_state, due, left.")
    var json = false

    /// Creates the command.
    public init() {}

    /// Lists the sign-offs.
    public func run() throws {
        let session = try options.session()
        let now = WallClock.now()
        let signoffs: [Signoff]
        var heading = "open sign-offs"
        if all {
            signoffs = try session.store.read { try $0.signoffs(statuses: [.pending, .returned]) }
        } else {
            let leader = try session.leader(token: try tokenOptions.token(), at: now, hint: " (centre staff: --all lists every open sign-off)")
            signoffs = try session.awaiting(leader)
            heading = "sign-offs awaiting \(leader.id) (\(leader.name), \(leader.title), \(leader.level) level, \(leader.jurisdiction))"
        }
        let rows = try session.store.read { reader in
            try signoffs.map { SignoffRow($0, projection: try reader.projection(of: $0.caseID), now: now, show: session.show) }
        }
        if json {
            Console.line(try JSONOutput.encode(rows))
            return
        }
        guard !rows.isEmpty else {
            Console.line("no \(heading)")
            return
        }
        Console.line(heading + ", oldest due first:")
        Console.line(TextTable.render(
            header: ["id", "case", "unit", "level", "status", "case is", "sign by", "left"],
            rows: rows.map { ["\($0.id)", $0.caseID, $0.unit, $0.level, $0.status, $0.caseState, $0.due, $0.left] }
        ).joined(separator: "\n"))
        Console.line("\(rows.count) sign-off\(rows.count == 1 ? "" : "s"); `casewatch signoff show <id>` for one in full")
    }
}
