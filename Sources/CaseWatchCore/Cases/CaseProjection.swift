/// The state of one deadline of the current cycle.
public struct DeadlineState: Hashable, Codable, Sendable {
    /// The due instant as first computed (with the pauses so far).
    public var due: Instant
    /// The due instant after granted extensions, if any were granted.
    public var extendedDue: Instant?
    /// Whether the due instant rests on a year the calendar does not cover.
    public var provisional: Bool
    /// Whether the hotline set this deadline explicitly at dispatch (else the policy's target).
    public var explicit: Bool
    /// When it was met (accepted, or replied), if it was.
    public var metAt: Instant?

    /// Creates a deadline state.
    public init(due: Instant, extendedDue: Instant? = nil, provisional: Bool, explicit: Bool, metAt: Instant? = nil) {
        self.due = due
        self.extendedDue = extendedDue
        self.provisional = provisional
        self.explicit = explicit
        self.metAt = metAt
    }

    /// The deadline in force: the extended one when an extension was granted.
    public var effectiveDue: Instant { extendedDue ?? due }
}

/// A ladder tier of the current cycle with the instant it falls due.
public struct PendingStep: Hashable, Codable, Sendable {
    /// The tier.
    public var tier: TierName
    /// The deadline it is measured against.
    public var deadline: DeadlineKind
    /// When it falls due.
    public var due: Instant
    /// Whether the instant rests on a year the calendar does not cover.
    public var provisional: Bool

    /// Creates a step.
    public init(tier: TierName, deadline: DeadlineKind, due: Instant, provisional: Bool) {
        self.tier = tier
        self.deadline = deadline
        self.due = due
        self.provisional = provisional
    }
}

/// An extension request awaiting the centre's decision.
public struct PendingExtension: Hashable, Codable, Sendable {
    /// Working days asked for.
    public var days: Int
    /// When it was asked.
    public var requestedAt: Instant

    /// An extension of `days` working days asked for at `requestedAt`.
    public init(days: Int, requestedAt: Instant) {
        self.days = days
        self.requestedAt = requestedAt
    }
}

/// A case as its events make it: a pure function of the events, the pinned policy and the calendar.
public struct CaseProjection: Hashable, Codable, Sendable {
    /// The case.
    public var caseID: CaseID
    /// Where it stands.
    public var status: CaseStatus
    /// The status before a suspension (what `resumed` returns to).
    public var statusBeforeSuspension: CaseStatus?
    /// Its category.
    public var category: String
    /// Its urgency.
    public var urgency: Urgency
    /// The policy version pinned at registration.
    public var policyVersion: String
    /// When it was registered.
    public var registeredAt: Instant
    /// The unit currently responsible and charged for the current cycle's deadlines (nil before dispatch
    /// and after a return).
    public var unit: UnitID?
    /// The resolution cycle: 1 at the first dispatch, one more at each transfer, re-dispatch after a return
    /// and reopen. Each cycle has its own clocks and its own ladder.
    public var cycle: Int
    /// When the current cycle's clocks started.
    public var cycleStart: Instant?
    /// How often the case was reopened.
    public var reopens: Int
    /// How often it was transferred.
    public var transfers: Int
    /// How often a unit returned it.
    public var returns: Int
    /// The current cycle's explicit resolve deadline, when the hotline set one at dispatch.
    public var explicitResolveBy: Instant?
    /// The current cycle's accept deadline.
    public var accept: DeadlineState?
    /// The current cycle's resolve deadline.
    public var resolve: DeadlineState?
    /// The current cycle's finished pauses.
    public var pauses: [TimeSpan]
    /// Since when the case is suspended, while it is.
    public var suspendedSince: Instant?
    /// Working days granted as extensions in the current cycle.
    public var extensionDays: Int
    /// An extension request awaiting a decision.
    public var pendingExtension: PendingExtension?
    /// When the case was closed, and the citizen's verdict.
    public var closedAt: Instant?
    /// The citizen's satisfaction at closing, when surveyed.
    public var satisfaction: Satisfaction?
    /// The ladder tiers of the current cycle that can still fall due, in due order.
    public var steps: [PendingStep]
    /// The instant of the latest event.
    public var lastEventAt: Instant
    /// How many events the case has.
    public var eventCount: Int

    /// A projection of these members, as a reader of a stored projection rebuilds it (the lifecycle makes new
    /// ones from events).
    public init(
        caseID: CaseID, status: CaseStatus, statusBeforeSuspension: CaseStatus?, category: String, urgency: Urgency,
        policyVersion: String, registeredAt: Instant, unit: UnitID?, cycle: Int, cycleStart: Instant?, reopens: Int,
        transfers: Int, returns: Int, explicitResolveBy: Instant?, accept: DeadlineState?, resolve: DeadlineState?,
        pauses: [TimeSpan], suspendedSince: Instant?, extensionDays: Int, pendingExtension: PendingExtension?,
        closedAt: Instant?, satisfaction: Satisfaction?, steps: [PendingStep], lastEventAt: Instant, eventCount: Int
    ) {
        self.caseID = caseID
        self.status = status
        self.statusBeforeSuspension = statusBeforeSuspension
        self.category = category
        self.urgency = urgency
        self.policyVersion = policyVersion
        self.registeredAt = registeredAt
        self.unit = unit
        self.cycle = cycle
        self.cycleStart = cycleStart
        self.reopens = reopens
        self.transfers = transfers
        self.returns = returns
        self.explicitResolveBy = explicitResolveBy
        self.accept = accept
        self.resolve = resolve
        self.pauses = pauses
        self.suspendedSince = suspendedSince
        self.extensionDays = extensionDays
        self.pendingExtension = pendingExtension
        self.closedAt = closedAt
        self.satisfaction = satisfaction
        self.steps = steps
        self.lastEventAt = lastEventAt
        self.eventCount = eventCount
    }

    /// The next step that has not fired yet, while the clocks run.
    public func nextStep(excluding fired: Set<TierName> = []) -> PendingStep? {
        steps.first { !fired.contains($0.tier) }
    }
}
