/// What happened in an event, with the fields of its kind.
public enum CaseEventKind: Hashable, Sendable {
    /// Registered with a category and urgency, optionally pinning a policy version (else the policy in
    /// force at the event's instant).
    case registered(category: CaseCategory, urgency: Urgency, policyVersion: String?)
    /// Dispatched to a unit, optionally with an explicit resolve deadline set by the hotline.
    case dispatched(unit: UnitID, resolveBy: Instant?)
    /// Accepted by the unit.
    case accepted
    /// Resolved and replied by the unit.
    case replied
    /// Closed, with the citizen's satisfaction when surveyed.
    case closed(satisfaction: Satisfaction?)
    /// Reopened for a new resolution cycle.
    case reopened(reason: String?)
    /// Suspended: the clock pauses.
    case suspended(reason: String?)
    /// Resumed: the clock runs again.
    case resumed
    /// Transferred to another unit.
    case transferred(to: UnitID, reason: String?)
    /// Returned by the unit as not its own.
    case returned(reason: String)
    /// The unit asks for `days` more working days.
    case extensionRequested(days: Int, reason: String)
    /// The centre grants `days` working days (at most the days requested).
    case extensionGranted(days: Int)
    /// The centre denies the request.
    case extensionDenied(reason: String?)

    /// The event's type.
    public var type: CaseEventType {
        switch self {
        case .registered: .registered
        case .dispatched: .dispatched
        case .accepted: .accepted
        case .replied: .replied
        case .closed: .closed
        case .reopened: .reopened
        case .suspended: .suspended
        case .resumed: .resumed
        case .transferred: .transferred
        case .returned: .returned
        case .extensionRequested: .extensionRequested
        case .extensionGranted: .extensionGranted
        case .extensionDenied: .extensionDenied
        }
    }
}

/// One event of a case's life: the unit of the append-only event log.
public struct CaseEvent: Hashable, Sendable {
    /// The idempotency key.
    public let id: EventID
    /// The case it belongs to.
    public let caseID: CaseID
    /// When it happened.
    public let at: Instant
    /// Who did it: an agent, a unit's user, the system.
    public let actor: String
    /// What happened.
    public let kind: CaseEventKind

    /// Creates an event.
    public init(id: EventID, caseID: CaseID, at: Instant, actor: String, kind: CaseEventKind) {
        self.id = id
        self.caseID = caseID
        self.at = at
        self.actor = actor
        self.kind = kind
    }
}
