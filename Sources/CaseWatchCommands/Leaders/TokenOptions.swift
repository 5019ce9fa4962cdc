import ArgumentParser
import Foundation

/// How a leader's command finds the leader's personal token: `--token-file`, else `$CASEWATCH_TOKEN`.
struct TokenOptions: ParsableArguments {
    /// The token file.
    @Option(help: ArgumentHelp(
        "A file holding your personal token, readable only by you (chmod 600); default: $CASEWATCH_TOKEN.",
        valueName: "path"
    ))
    var tokenFile: String?

    /// The token: the file's content trimmed, else the environment variable's; nil when neither gives one
    /// (the desk then refuses and audits the attempt).
    func token() throws(CommandFailure) -> String? {
        if let tokenFile { return try Self.read(tokenFile) }
        let fromEnvironment = ProcessInfo.processInfo.environment["CASEWATCH_TOKEN"]?.trimmingCharacters(in: .whitespacesAndNewlines)
        return fromEnvironment.flatMap { $0.isEmpty ? nil : $0 }
    }

    /// Reads a token file, refusing one that others may read or write (a token is a password).
    static func read(_ path: String) throws(CommandFailure) -> String? {
        var status = stat()
        guard stat(path, &status) == 0 else {
            throw CommandFailure("--token-file \(path): cannot read it (\(String(cString: strerror(errno)))); give the file your token was saved to")
        }
        guard status.st_mode & S_IFMT == S_IFREG else {
            throw CommandFailure("--token-file \(path): it is not a regular file (a folder or a device?); give the file your token was saved to")
        }
        let mode = Int(status.st_mode & 0o777)
        if mode & 0o077 != 0 {
            throw CommandFailure(
                "--token-file \(path): the file is open to other users (mode \(String(mode, radix: 8))); a token is a password: run `chmod 600 \(path)` and try again"
            )
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw CommandFailure("--token-file \(path): cannot read it; check that you own it")
        }
        let token = String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        return token.isEmpty ? nil : token
    }
}
