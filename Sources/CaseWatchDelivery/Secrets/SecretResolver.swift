import CaseWatchCore
import Foundation

/// Reads a ``SecretReference``: an environment variable, or a file only its owner may read (mode 600 or
/// stricter). The value is returned to the caller only: never logged, never in an error.
public struct SecretResolver: Sendable {
    /// The environment variables secrets are read from.
    public let environment: [String: String]

    /// A resolver over `environment` (the process's own by default).
    public init(environment: [String: String] = ProcessInfo.processInfo.environment) {
        self.environment = environment
    }

    /// The secret's value (a file's contents without its trailing newline). Reads a file: call it off the
    /// cooperative pool.
    public func resolve(_ reference: SecretReference) throws(SecretError) -> String {
        switch reference {
        case let .environment(name):
            guard let value = environment[name], !value.isEmpty else { throw .variableNotSet(name: name) }
            return value
        case let .file(path):
            return try Self.readPrivateFile(path)
        }
    }

    private static func readPrivateFile(_ path: String) throws(SecretError) -> String {
        var status = stat()
        guard stat(path, &status) == 0 else {
            if errno == ENOENT { throw .fileMissing(path: path) }
            throw .fileUnreadable(path: path, reason: String(cString: strerror(errno)))
        }
        let permissions = status.st_mode & 0o777
        guard permissions & 0o077 == 0 else {
            throw .fileNotPrivate(path: path, mode: String(permissions, radix: 8))
        }
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            throw .fileUnreadable(path: path, reason: "\(type(of: error))")
        }
        var text = String(decoding: data, as: UTF8.self)
        while text.hasSuffix("\n") || text.hasSuffix("\r") { text.removeLast() }
        guard !text.isEmpty else { throw .fileEmpty(path: path) }
        return text
    }
}
