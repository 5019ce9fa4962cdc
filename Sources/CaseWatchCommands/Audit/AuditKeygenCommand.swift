import ArgumentParser
import CaseWatchStore

/// `casewatch audit keygen`: a new Ed25519 key pair for signing audit checkpoints.
public struct AuditKeygenCommand: ParsableCommand {
    /// The command's name and help.
    public static let configuration = CommandConfiguration(
        commandName: "keygen",
        abstract: "Make an Ed25519 key pair for audit checkpoints: a private key file (mode 600) and its public key.",
        discussion: """
            Keep the private key outside the database's folder and its backups, readable by the account that \
            takes checkpoints alone; hand the public key to whoever verifies. Both are PEM files OpenSSL reads. \
            An existing file is never written over.
            """
    )

    @Option(help: ArgumentHelp("The new private key file.", valueName: "path"))
    var out: String

    @Option(help: ArgumentHelp("The new public key file (default: the private key's path with .pub added).", valueName: "path"))
    var publicOut: String?

    /// Creates the command.
    public init() {}

    /// Writes the key pair.
    public func run() throws {
        let key = AuditSigningKey.generate()
        let publicPath = publicOut ?? out + ".pub"
        do {
            try AuditKeyFile.writeNew(key, privateAt: out, publicAt: publicPath)
        } catch {
            throw CommandFailure("\(error)")
        }
        Console.line("private key \(out) (mode 600), public key \(publicPath); key id \(key.publicKey.keyID)")
    }
}
