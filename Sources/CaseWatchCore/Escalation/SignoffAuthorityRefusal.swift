/// Why a leader may not decide a sign-off: the rule of ``SignoffAuthority`` that is broken, with its data.
public enum SignoffAuthorityRefusal: Hashable, Sendable {
    /// The sign-off is addressed to leaders of another level.
    case wrongLevel(signoff: Int64, addressedTo: String, leader: String, leaderLevel: String)
    /// The unit charged lies outside the leader's jurisdiction.
    case outsideJurisdiction(signoff: Int64, unit: UnitID, leader: String, jurisdiction: UnitID)
    /// It expired unsigned at `dueAt`; it passes to `passesTo`, or is reported overdue at the top level.
    case expired(signoff: Int64, dueAt: Instant, passesTo: String?)
    /// It was returned to the hotline centre and waits to be resubmitted.
    case returned(signoff: Int64)
    /// It expired and passed to the next level, as sign-off `to`.
    case escalated(signoff: Int64, to: Int64?)
    /// It was already approved or rejected, by `by`.
    case alreadyDecided(signoff: Int64, status: SignoffStatus, by: String?)

    /// The rule broken, as a stable machine name (for audit entries and API error types).
    public var code: String {
        switch self {
        case .wrongLevel: "wrong_level"
        case .outsideJurisdiction: "outside_jurisdiction"
        case .expired: "expired"
        case .returned: "returned"
        case .escalated: "escalated"
        case .alreadyDecided: "already_decided"
        }
    }

    /// The refusal's data by name, as machine text (ids, levels, statuses, UTC instants).
    public var fields: [String: String] {
        switch self {
        case let .wrongLevel(signoff, addressedTo, leader, leaderLevel):
            ["signoff": "\(signoff)", "level": addressedTo, "leader": leader, "leader_level": leaderLevel]
        case let .outsideJurisdiction(signoff, unit, leader, jurisdiction):
            ["signoff": "\(signoff)", "unit": unit.rawValue, "leader": leader, "jurisdiction": jurisdiction.rawValue]
        case let .expired(signoff, dueAt, passesTo):
            ["signoff": "\(signoff)", "due": InstantFormatter.format(dueAt, offsetSeconds: 0), "passes_to": passesTo ?? ""]
        case let .returned(signoff):
            ["signoff": "\(signoff)"]
        case let .escalated(signoff, to):
            ["signoff": "\(signoff)", "escalated_to": to.map(String.init) ?? ""]
        case let .alreadyDecided(signoff, status, by):
            ["signoff": "\(signoff)", "status": status.rawValue, "decided_by": by ?? ""]
        }
    }
}
