/// What an API key may do, as the store records it: the HTTP API names the same scopes (`KeyScope`).
public enum KeyScope: String, Sendable, Hashable, CaseIterable, Comparable {
    /// Append events.
    case ingest
    /// Read cases, escalations, the stream, sign-offs, the assessment and the status.
    case read
    /// Read every sign-off (a leadership office's system); decisions still need a leader's own token.
    case signoff

    /// Scopes in the order they are listed: by name.
    public static func < (lhs: KeyScope, rhs: KeyScope) -> Bool { lhs.rawValue < rhs.rawValue }

    /// The scopes as the store's column holds them: names, sorted, comma-separated.
    package static func column(_ scopes: Set<KeyScope>) -> String {
        scopes.sorted().map(\.rawValue).joined(separator: ",")
    }

    /// The scopes a column holds; names this build does not know are left out.
    package static func scopes(column: String) -> Set<KeyScope> {
        Set(column.split(separator: ",").compactMap { KeyScope(rawValue: String($0)) })
    }
}
