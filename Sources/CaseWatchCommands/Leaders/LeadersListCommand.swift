import ArgumentParser

/// `casewatch leaders list`: the roster as stored.
public struct LeadersListCommand: ParsableCommand {
    /// The command's name and help.
    public static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List the leaders on the roster: id, name, title, level and jurisdiction."
    )

    @OptionGroup var database: DatabaseOptions

    /// Creates the command.
    public init() {}

    /// Prints the roster.
    public func run() throws {
        let store = try database.open()
        let leaders = try store.read { try $0.leaders() }
        guard !leaders.isEmpty else {
            Console.line("no leaders on the roster; `casewatch leaders sync --roster <leaders.yaml>` loads them")
            return
        }
        Console.line(TextTable.render(
            header: ["id", "name", "title", "level", "jurisdiction"],
            rows: leaders.map { [$0.id, $0.name, $0.title, $0.level, $0.jurisdiction.rawValue] }
        ).joined(separator: "\n"))
        Console.line("\(leaders.count) leader\(leaders.count == 1 ? "" : "s")")
    }
}
