import ArgumentParser
import CaseWatchEngine
import CaseWatchStore

/// `casewatch keys create`: a new API key, printed once.
public struct KeysCreateCommand: ParsableCommand {
    /// The command's name and help.
    public static let configuration = CommandConfiguration(
        commandName: "create",
        abstract: "Create an API key: printed once, stored only as its hash.",
        discussion: """
            The key is the only thing printed on standard output, so that it can go straight into a file or a \
            secret store; it reads cwk_<id>_<secret>, so a leaked key is easy to search for. Scopes: ingest \
            (POST /v1/events), read (the GET routes), signoff (every sign-off; decisions need a leader's own \
            token). The creation is audited (key.create) as staff:<account>, without the key.
            """
    )

    @Argument(help: "The key's name: 1 to 64 letters, digits, '.', '_' or '-', starting with a letter; unique among keys not revoked.")
    var name: String

    @Option(name: .customLong("scope"), help: ArgumentHelp("What the key may do: ingest, read or signoff; repeat for several.", valueName: "scope"),
            transform: { try KeyScope.argument($0) })
    var scopes: [KeyScope] = []

    @OptionGroup var database: DatabaseOptions

    /// Creates the command.
    public init() {}

    /// Creates the key.
    public func run() throws {
        let store = try database.open()
        let created: (key: APIKeyRecord, text: String)
        do {
            created = try KeyDesk(store: store).create(name: name, scopes: Set(scopes), by: StaffActor.current, at: WallClock.now())
        } catch let refusal as KeyRefusal {
            throw CommandFailure("refused: \(refusal.wording)")
        }
        Console.line(created.text)
        Console.errorLine("""
            key \(created.key.name) (\(created.key.prefix), scopes \(KeyScope.listed(created.key.scopes))) above: it is shown only \
            this once and stored only as its hash. Give it to the system as Authorization: Bearer <key>; \
            `casewatch keys revoke \(created.key.name)` ends it.
            """)
    }
}

extension KeyScope {
    /// The scope an option's value names.
    static func argument(_ text: String) throws(CommandFailure) -> KeyScope {
        guard let scope = KeyScope(rawValue: text) else {
            throw CommandFailure("--scope '\(text)': write ingest, read or signoff (repeat --scope for several)")
        }
        return scope
    }

    /// Scopes as the commands list them: `ingest,read`.
    static func listed(_ scopes: Set<KeyScope>) -> String {
        scopes.sorted().map(\.rawValue).joined(separator: ",")
    }
}
