import CaseWatchCore

/// Why the sign-off desk refused a move, with its data; the refusal is in the audit log (its ``code`` and
/// ``fields``). The wording and the remedy belong to whoever shows it (the commands, the HTTP API).
public enum SignoffRefusal: Error, Hashable, Sendable {
    /// No token was given.
    case noToken
    /// The token is not one CaseWatch issued.
    case unknownToken
    /// The leader's token was revoked at `at`.
    case revokedToken(leader: String, at: Instant)
    /// A decision's text (its instruction or reason) is empty.
    case emptyText(SignoffText)
    /// There is no sign-off with this id.
    case noSuchSignoff(Int64)
    /// The leader may not decide it: the authority rule broken.
    case notAuthorised(SignoffAuthorityRefusal)
    /// Another leader decided it between the check and the write.
    case decidedMeanwhile(signoff: Int64, status: SignoffStatus?, by: String?)
    /// Only a returned sign-off is resubmitted; this one is `status`.
    case notReturned(signoff: Int64, status: SignoffStatus)
    /// The sign-off's case cannot be projected under the loaded policies (its supervision order cannot be opened).
    case caseNotProjectable(signoff: Int64, caseID: CaseID)

    /// The texts a decision carries.
    public enum SignoffText: String, Hashable, Sendable {
        /// An approval's instruction to the unit.
        case instruction
        /// A rejection's or return's reason.
        case reason
    }

    /// The rule broken, as a stable machine name.
    public var code: String {
        switch self {
        case .noToken: "no_token"
        case .unknownToken: "unknown_token"
        case .revokedToken: "revoked_token"
        case let .emptyText(text): "empty_\(text.rawValue)"
        case .noSuchSignoff: "no_such_signoff"
        case let .notAuthorised(refusal): refusal.code
        case .decidedMeanwhile: "decided_meanwhile"
        case .notReturned: "not_returned"
        case .caseNotProjectable: "case_not_projectable"
        }
    }

    /// The refusal's data by name, as machine text.
    public var fields: [String: String] {
        switch self {
        case .noToken, .unknownToken, .emptyText: [:]
        case let .revokedToken(leader, at): ["leader": leader, "revoked_at": InstantFormatter.format(at, offsetSeconds: 0)]
        case let .noSuchSignoff(id): ["signoff": "\(id)"]
        case let .notAuthorised(refusal): refusal.fields
        case let .decidedMeanwhile(id, status, by): ["signoff": "\(id)", "status": status?.rawValue ?? "", "decided_by": by ?? ""]
        case let .notReturned(id, status): ["signoff": "\(id)", "status": status.rawValue]
        case let .caseNotProjectable(id, caseID): ["signoff": "\(id)", "case": caseID.rawValue]
        }
    }
}
