import ArgumentParser
import CaseWatchEngine
import CaseWatchStore

/// `casewatch audit checkpoint`: a signed statement of the audit chain's length and head, now.
public struct AuditCheckpointCommand: ParsableCommand {
    /// The command's name and help.
    public static let configuration = CommandConfiguration(
        commandName: "checkpoint",
        abstract: "Sign the audit chain's length and head with a key kept outside the database; print or save the checkpoint.",
        discussion: """
            Keep checkpoints away from the database: `casewatch audit verify --checkpoint <file> --public-key \
            <file>` later fails if the chain became shorter than a checkpoint, or differs from it. The first \
            checkpoint of a database gives it an identity (a UUID in its meta table) that later ones repeat.
            """
    )

    @OptionGroup var database: DatabaseOptions

    @Option(help: ArgumentHelp("The private key file `casewatch audit keygen` wrote (mode 600).", valueName: "path"))
    var key: String

    @Option(help: ArgumentHelp("Write the checkpoint to this file (atomically) instead of printing it.", valueName: "path"))
    var out: String?

    /// Creates the command.
    public init() {}

    /// Takes the checkpoint.
    public func run() throws {
        let signingKey: AuditSigningKey
        do {
            signingKey = try AuditKeyFile.readSigningKey(at: key)
        } catch {
            throw CommandFailure("--key \(error)")
        }
        let store = try database.open()
        let now = WallClock.now()
        let checkpoint = try store.write { try $0.auditCheckpoint(at: now, signedWith: signingKey) }
        guard let out else {
            Console.current.write(checkpoint.text, .out)
            return
        }
        do {
            try AuditCheckpointFile.write(checkpoint, to: out)
        } catch {
            throw CommandFailure("--out \(error)")
        }
        Console.line("checkpoint of \(checkpoint.entries) audit entr\(checkpoint.entries == 1 ? "y" : "ies") (head \(checkpoint.head)) written to \(out)")
    }
}
