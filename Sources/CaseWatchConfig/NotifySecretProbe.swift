import Foundation

/// What the configuration check may know of secrets without reading them: whether an environment variable
/// is set, and a secret file's state. Injected so the checks are testable; ``system`` asks the process.
public struct NotifySecretProbe: Sendable {
    /// The state of a secret file.
    public enum FileState: Hashable, Sendable {
        /// No such file.
        case missing
        /// It exists but this process cannot read it.
        case unreadable
        /// It is readable, with these permission bits (0o600 is the only mode allowed).
        case readable(mode: Int)
    }

    /// Whether an environment variable is set to a non-empty value.
    public let hasVariable: @Sendable (String) -> Bool
    /// The state of a file.
    public let fileState: @Sendable (String) -> FileState

    /// A probe over the given functions.
    public init(hasVariable: @escaping @Sendable (String) -> Bool, fileState: @escaping @Sendable (String) -> FileState) {
        self.hasVariable = hasVariable
        self.fileState = fileState
    }

    /// A probe over an environment and a table of files (tests).
    public init(environment: [String: String], files: [String: FileState] = [:]) {
        self.init(
            hasVariable: { !(environment[$0] ?? "").isEmpty },
            fileState: { files[$0] ?? .missing }
        )
    }

    /// A probe that takes every secret as present, for commands that never send a message (listing cases,
    /// assessing, explaining the routing): an operator's shell need not hold the daemon's secrets. The
    /// daemon and `policy check` use ``system``.
    public static let unchecked = NotifySecretProbe(hasVariable: { _ in true }, fileState: { _ in .readable(mode: 0o600) })

    /// The running process's environment and file system.
    public static var system: NotifySecretProbe {
        let environment = ProcessInfo.processInfo.environment
        return NotifySecretProbe(
            hasVariable: { !(environment[$0] ?? "").isEmpty },
            fileState: { path in
                let manager = FileManager.default
                guard let attributes = try? manager.attributesOfItem(atPath: path) else {
                    return manager.fileExists(atPath: path) ? .unreadable : .missing
                }
                guard manager.isReadableFile(atPath: path) else { return .unreadable }
                let mode = (attributes[.posixPermissions] as? NSNumber)?.intValue ?? 0
                return .readable(mode: mode & 0o777)
            }
        )
    }
}
