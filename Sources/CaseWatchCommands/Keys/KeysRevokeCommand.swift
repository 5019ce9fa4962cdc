import ArgumentParser
import CaseWatchEngine
import CaseWatchStore

/// `casewatch keys revoke`: end an API key.
public struct KeysRevokeCommand: ParsableCommand {
    /// The command's name and help.
    public static let configuration = CommandConfiguration(
        commandName: "revoke",
        abstract: "End an API key; a running casewatchd refuses it within a second.",
        discussion: "The revocation is audited (key.revoke) as staff:<account>. A revoked key's name may be given to a new key."
    )

    @Argument(help: "The key's name, or its prefix cwk_<id>, as `casewatch keys list` shows.")
    var key: String

    @OptionGroup var database: DatabaseOptions

    /// Creates the command.
    public init() {}

    /// Revokes the key.
    public func run() throws {
        let store = try database.open()
        let revoked: APIKeyRecord
        do {
            revoked = try KeyDesk(store: store).revoke(key, by: StaffActor.current, at: WallClock.now())
        } catch let refusal as KeyRefusal {
            throw CommandFailure("refused: \(refusal.wording)")
        }
        Console.line("revoked key \(revoked.name) (\(revoked.prefix)); a running casewatchd refuses it within a second")
    }
}

