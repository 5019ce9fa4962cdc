import CaseWatchCore
import CaseWatchStore

/// Why a credential presented to the API was refused; audited (`credential.refused`, at a bounded rate)
/// with its ``code`` and ``fields``, which never hold the secret.
public enum CredentialRefusal: Error, Hashable, Sendable {
    /// No credential was presented.
    case missing
    /// The text is shaped neither as an API key (`cwk_<id>_<secret>`) nor as a leader's token (`cwt_…`).
    case malformed
    /// Shaped as a key or token, but not one CaseWatch issued (or its secret does not match); `prefix` is
    /// the key's public part, `cwk_<id>`, when it was shaped as a key.
    case unknown(prefix: String?)
    /// The key or token was revoked at `at`; `holder` is `key:<name>` or the leader's id.
    case revoked(holder: String, at: Instant)

    /// The reason, as a stable machine name.
    public var code: String {
        switch self {
        case .missing: "missing"
        case .malformed: "malformed"
        case .unknown: "unknown"
        case .revoked: "revoked"
        }
    }

    /// The refusal's data by name, as machine text.
    public var fields: [String: String] {
        switch self {
        case .missing, .malformed, .unknown(prefix: nil): [:]
        case let .unknown(prefix?): ["key": prefix]
        case let .revoked(holder, at): ["holder": holder, "revoked_at": InstantFormatter.format(at, offsetSeconds: 0)]
        }
    }

    /// Who the refusal is audited as: the holder of a revoked credential, else `unknown`.
    var actor: String {
        if case let .revoked(holder, _) = self { return holder }
        return "unknown"
    }
}
