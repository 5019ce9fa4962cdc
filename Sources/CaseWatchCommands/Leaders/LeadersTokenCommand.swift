import ArgumentParser
import CaseWatchCore
import CaseWatchEngine
import Foundation

/// `casewatch leaders token`: issue a leader's personal token, shown once.
public struct LeadersTokenCommand: ParsableCommand {
    /// The command's name and help.
    public static let configuration = CommandConfiguration(
        commandName: "token",
        abstract: "Issue a leader's personal token: printed once, stored only as its hash.",
        discussion: """
            The token is the only thing printed on standard output (or written to --output, created with mode \
            600), so that it can go straight into a file. A token issued before to the same leader stops \
            working. The issue is audited (token.issue), without the token.

            Who may issue: the operating-system account that owns the database file (the centre's \
            administrator; audited as staff:<account>), or, with --token-file, a leader by their own token, for \
            leaders at or below their level within their jurisdiction (audited as that leader). Anyone else is \
            refused, and the refusal audited (token.refused).
            """
    )

    @Argument(help: "The leader's id, as in `casewatch leaders list`.")
    var id: String

    @OptionGroup var database: DatabaseOptions

    @Option(help: ArgumentHelp("Write the token to this new file (mode 600) instead of standard output.", valueName: "file"))
    var output: String?

    @OptionGroup var issuer: IssuerOptions

    /// Creates the command.
    public init() {}

    /// Issues the token.
    public func run() throws {
        let store = try database.open()
        let issuer = try issuer.issuer()
        let file = try output.map(SecretFile.create)
        let issued: (leader: Leader, token: String)
        do {
            issued = try TokenDesk(store: store).issue(to: id, by: issuer, at: WallClock.now())
        } catch let refusal as TokenRefusal {
            if let output { SecretFile.remove(output) }
            throw CommandFailure("refused: \(refusal.wording(database: database.path))")
        }
        let (leader, token) = issued
        let who = PrintableText.escaped("\(leader.id) (\(leader.name), \(leader.title))")
        if let file, let output {
            try file.write(token, path: output)
            Console.line("token for \(who) written to \(output) (mode 600); pass it with --token-file \(output)")
        } else {
            Console.line(token)
            Console.errorLine("""
                token for \(who) above: it is shown only this once and stored only as its hash. Hand it to the leader, \
                who keeps it in a file only they can read (chmod 600) and passes --token-file <file>, or sets CASEWATCH_TOKEN.
                """)
        }
    }
}

/// A new file only its owner may read, for a secret.
struct SecretFile {
    /// The open descriptor.
    let descriptor: Int32

    /// Creates `path` with mode 600, refusing one that exists.
    static func create(_ path: String) throws(CommandFailure) -> SecretFile {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL, 0o600)
        guard descriptor >= 0 else {
            let reason = String(cString: strerror(errno))
            throw CommandFailure("--output \(path): cannot create it (\(reason)); give a new file in a directory you can write")
        }
        return SecretFile(descriptor: descriptor)
    }

    /// Writes the secret and a newline, and closes the file.
    func write(_ secret: String, path: String) throws(CommandFailure) {
        defer { close(descriptor) }
        let bytes = Array((secret + "\n").utf8)
        let written = bytes.withUnsafeBytes { Foundation.write(descriptor, $0.baseAddress, $0.count) }
        guard written == bytes.count else {
            throw CommandFailure("--output \(path): writing the token failed (\(String(cString: strerror(errno)))); issue a new one")
        }
    }

    /// Removes a file created for a secret that was not issued.
    static func remove(_ path: String) {
        try? FileManager.default.removeItem(atPath: path)
    }
}
