import CaseWatchStore

/// Why the key desk refused to create or revoke an API key, with its data; audited (`key.refused`) with its
/// ``code`` and ``fields``. The wording belongs to whoever shows it.
public enum KeyRefusal: Error, Hashable, Sendable {
    /// The name is not 1 to 64 letters, digits, `.`, `_` or `-` starting with a letter.
    case invalidName(String)
    /// No scope was given.
    case noScope
    /// A key not revoked already has this name.
    case nameTaken(name: String, id: Int64)
    /// No key not revoked has this name or id.
    case noSuchKey(String)
    /// The key was revoked before.
    case alreadyRevoked(APIKeyRecord)

    /// The rule broken, as a stable machine name.
    public var code: String {
        switch self {
        case .invalidName: "invalid_name"
        case .noScope: "no_scope"
        case .nameTaken: "name_taken"
        case .noSuchKey: "no_such_key"
        case .alreadyRevoked: "already_revoked"
        }
    }

    /// The refusal's data by name, as machine text.
    public var fields: [String: String] {
        switch self {
        case let .invalidName(name): ["name": name]
        case .noScope: [:]
        case let .nameTaken(name, id): ["name": name, "key": APIKeySecret.prefix(of: id)]
        case let .noSuchKey(reference): ["key": reference]
        case let .alreadyRevoked(key): ["name": key.name, "key": key.prefix]
        }
    }
}
