/// One thing that happened to a case, as the outbox keeps it: the case's own fields only (never the
/// citizen's personal data), enough to route it and to word every message about it without another read.
public struct Notice: Hashable, Sendable {
    /// What happened.
    public let kind: NoticeKind
    /// The case.
    public let caseID: CaseID
    /// The resolution cycle of the case it belongs to.
    public let cycle: Int
    /// The unit charged with the case.
    public let unit: UnitID
    /// The case's category (dotted, general to specific).
    public let category: String
    /// The case's urgency.
    public let urgency: Urgency
    /// The ladder tier, for an escalation or a sign-off request; nil otherwise.
    public let tier: TierName?
    /// What the tier does, for an escalation or a sign-off request; nil otherwise.
    public let action: TierAction?
    /// When the tier fell due, or when the sign-off is due; nil when nothing is due.
    public let dueAt: Instant?
    /// When it happened (an escalation's detection, a sign-off's request, passing up or decision).
    public let at: Instant
    /// The sign-off concerned, if any.
    public let signoff: SignoffFacts?
    /// The case's next step after this one and when it falls due, if any ("what happens next and when").
    public let next: NextStepFacts?

    /// Creates a notice.
    public init(
        kind: NoticeKind, caseID: CaseID, cycle: Int, unit: UnitID, category: String, urgency: Urgency,
        tier: TierName?, action: TierAction?, dueAt: Instant?, at: Instant, signoff: SignoffFacts?, next: NextStepFacts?
    ) {
        self.kind = kind
        self.caseID = caseID
        self.cycle = cycle
        self.unit = unit
        self.category = category
        self.urgency = urgency
        self.tier = tier
        self.action = action
        self.dueAt = dueAt
        self.at = at
        self.signoff = signoff
        self.next = next
    }

    /// How late it happened, in seconds: `at` minus `dueAt`; zero when on time or nothing was due.
    public var latenessSeconds: Int64 {
        guard let dueAt, at > dueAt else { return 0 }
        return at.seconds(since: dueAt)
    }
}

/// The sign-off a notice concerns.
public struct SignoffFacts: Hashable, Sendable {
    /// The sign-off's id.
    public let id: Int64
    /// The leadership level it is addressed to (after passing up: the new level).
    public let level: String
    /// Its status after what happened (pending for a request, the decision for a decision).
    public let status: SignoffStatus
    /// The leader who decided it, for a decision.
    public let decidedBy: String?
    /// The supervision order it opened, for an approval.
    public let orderCaseID: CaseID?

    /// Creates the facts of a sign-off.
    public init(id: Int64, level: String, status: SignoffStatus, decidedBy: String?, orderCaseID: CaseID?) {
        self.id = id
        self.level = level
        self.status = status
        self.decidedBy = decidedBy
        self.orderCaseID = orderCaseID
    }
}

/// The step a case takes next and when.
public struct NextStepFacts: Hashable, Sendable {
    /// The tier that fires next.
    public let tier: TierName
    /// When it falls due.
    public let dueAt: Instant

    /// Creates the facts of a next step.
    public init(tier: TierName, dueAt: Instant) {
        self.tier = tier
        self.dueAt = dueAt
    }
}
