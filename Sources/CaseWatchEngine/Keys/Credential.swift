import CaseWatchCore
import CaseWatchStore

/// Whose a credential presented to the API is, once checked.
public enum Credential: Hashable, Sendable {
    /// A system's API key.
    case key(APIKeyRecord)
    /// A leader's personal sign-off token.
    case leader(Leader)
}
