import ArgumentParser
import CaseWatchCore
import CaseWatchEngine
import CaseWatchStore

/// `casewatch keys list`: the API keys, never their secrets.
public struct KeysListCommand: ParsableCommand {
    /// The command's name and help.
    public static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List the API keys: prefix, name, scopes, creation, last use (never the secrets, which are not stored)."
    )

    @Flag(help: "Include revoked keys.")
    var all = false

    @OptionGroup var database: DatabaseOptions

    /// Creates the command.
    public init() {}

    /// Prints the keys.
    public func run() throws {
        let store = try database.open()
        let keys = try KeyDesk(store: store).list(includingRevoked: all)
        guard !keys.isEmpty else {
            Console.line("no API keys\(all ? "" : " in force"); `casewatch keys create <name> --scope read` creates one")
            return
        }
        let time = { (instant: Instant?) in instant.map { InstantFormatter.format($0, offsetSeconds: 0) } ?? "-" }
        Console.line(TextTable.render(
            header: ["key", "name", "scopes", "created", "created by", "last used", "revoked"],
            rows: keys.map { key in
                [key.prefix, key.name, KeyScope.listed(key.scopes), time(key.createdAt), key.createdBy, time(key.lastUsedAt),
                 key.revokedAt.map { "\(time($0)) by \(key.revokedBy ?? "?")" } ?? "-"]
            }
        ).joined(separator: "\n"))
        Console.line("\(keys.count) key\(keys.count == 1 ? "" : "s")")
    }
}
