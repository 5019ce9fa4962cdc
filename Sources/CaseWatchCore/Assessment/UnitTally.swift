/// What one unit (or a subtree of units) did in an assessment period: the counts its rates are made of.
public struct UnitTally: Hashable, Sendable {
    /// Cases received (dispatched to it in the period).
    public var received = 0
    /// Cases with an accept deadline.
    public var acceptanceDue = 0
    /// Accepted on time.
    public var acceptedOnTime = 0
    /// Resolved by the resolve deadline.
    public var resolvedOnTime = 0
    /// Resolved after it.
    public var resolvedLate = 0
    /// Still open past it.
    public var openOverdue = 0
    /// Surveyed at the callback.
    public var surveyed = 0
    /// 满意.
    public var satisfied = 0
    /// 基本满意.
    public var basicallySatisfied = 0
    /// Cases reopened at least once.
    public var reopened = 0
    /// Escalations per tier (net of those whose sign-off was rejected).
    public var escalations: [TierName: Int] = [:]
    /// Sign-offs passed up a level unsigned.
    public var signoffsEscalated = 0
    /// Leadership sign-offs raised against it.
    public var signoffs = 0

    /// An empty tally.
    public init() {}

    /// Counts one case.
    public mutating func add(_ verdict: CaseVerdict) {
        received += 1
        if let acceptance = verdict.acceptance, acceptance != .pending {
            acceptanceDue += 1
            if acceptance == .onTime { acceptedOnTime += 1 }
        }
        switch verdict.resolution {
        case .onTime?: resolvedOnTime += 1
        case .late?: resolvedLate += 1
        case .openOverdue?: openOverdue += 1
        default: break
        }
        switch verdict.satisfaction {
        case .satisfied?: surveyed += 1; satisfied += 1
        case .basicallySatisfied?: surveyed += 1; basicallySatisfied += 1
        case .dissatisfied?: surveyed += 1
        case nil: break
        }
        if verdict.reopens > 0 { reopened += 1 }
    }

    /// Adds another tally's counts (a rollup up the unit tree).
    public mutating func merge(_ other: UnitTally) {
        received += other.received
        acceptanceDue += other.acceptanceDue
        acceptedOnTime += other.acceptedOnTime
        resolvedOnTime += other.resolvedOnTime
        resolvedLate += other.resolvedLate
        openOverdue += other.openOverdue
        surveyed += other.surveyed
        satisfied += other.satisfied
        basicallySatisfied += other.basicallySatisfied
        reopened += other.reopened
        escalations.merge(other.escalations, uniquingKeysWith: +)
        signoffsEscalated += other.signoffsEscalated
        signoffs += other.signoffs
    }
}
