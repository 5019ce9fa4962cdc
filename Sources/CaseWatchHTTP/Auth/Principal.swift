import CaseWatchStore
import CaseWatchCore

/// Who made a request, once its credential has been checked.
public enum Principal: Sendable, Hashable {
    /// A system, by one of its API keys: the key's id and name (for the audit) and its scopes.
    case apiKey(id: Int64, name: String, scopes: Set<KeyScope>)
    /// A leader, by their sign-off token (the token itself is kept for the sign-off desk, which checks it
    /// again inside its transaction and audits the decision).
    case leader(id: String, token: String)

    /// The name the audit records for this principal: `key:<name>` or the leader's id.
    public var auditActor: String {
        switch self {
        case let .apiKey(_, name, _): "key:\(name)"
        case let .leader(id, _): id
        }
    }

    /// Whether the principal may act in `scope` (a leader's token acts only on their own sign-offs).
    public func allows(_ scope: KeyScope) -> Bool {
        switch self {
        case let .apiKey(_, _, scopes): scopes.contains(scope)
        case .leader: scope == .signoff
        }
    }
}
