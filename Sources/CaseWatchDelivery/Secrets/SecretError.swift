/// Why a secret could not be read; it names where the secret comes from, never its value.
public enum SecretError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The environment variable is not set (or empty).
    case variableNotSet(name: String)
    /// The file does not exist.
    case fileMissing(path: String)
    /// The file may be read by others than its owner (`mode` in octal, e.g. `644`).
    case fileNotPrivate(path: String, mode: String)
    /// The file exists but could not be read.
    case fileUnreadable(path: String, reason: String)
    /// The file is empty.
    case fileEmpty(path: String)

    /// What is wrong, naming the variable or file.
    public var description: String {
        switch self {
        case let .variableNotSet(name): "secret variable $\(name) is not set"
        case let .fileMissing(path): "secret file \(path) does not exist"
        case let .fileNotPrivate(path, mode): "secret file \(path) is mode \(mode), not 600"
        case let .fileUnreadable(path, reason): "secret file \(path) cannot be read: \(reason)"
        case let .fileEmpty(path): "secret file \(path) is empty"
        }
    }
}
