/// How one case counts in its unit's assessment as of an instant.
public struct CaseVerdict: Hashable, Sendable {
    /// Whether the deadline was met on time, late, is still open past it, or is still open in time.
    public enum Outcome: Hashable, Sendable {
        /// Met by the due instant (a reply at exactly the due instant is on time).
        case onTime
        /// Met after the due instant.
        case late
        /// Not met, and the due instant has passed.
        case openOverdue
        /// Not met, not yet due (or no deadline): not counted.
        case pending
    }

    /// The unit charged.
    public let unit: UnitID
    /// The acceptance (签收) outcome, nil when the case had no accept deadline.
    public let acceptance: Outcome?
    /// The resolution (办结) outcome, nil when the case had no resolve deadline.
    public let resolution: Outcome?
    /// The citizen's verdict, if surveyed by then.
    public let satisfaction: Satisfaction?
    /// How many times the case was reopened.
    public let reopens: Int

    /// A verdict.
    public init(unit: UnitID, acceptance: Outcome?, resolution: Outcome?, satisfaction: Satisfaction?, reopens: Int) {
        self.unit = unit
        self.acceptance = acceptance
        self.resolution = resolution
        self.satisfaction = satisfaction
        self.reopens = reopens
    }

    /// The outcome of a deadline as of `asOf`: met when it was met by then; judged against `due`.
    public static func outcome(of deadline: DeadlineState?, due: Instant?, asOf: Instant) -> Outcome? {
        guard let deadline, let due else { return nil }
        if let met = deadline.metAt, met <= asOf { return met <= due ? .onTime : .late }
        return due < asOf ? .openOverdue : .pending
    }

    /// A case's verdict from its projection as of `asOf`; deadlines judged against the original due
    /// instant when `againstOriginal` (the policy's `assess_against: original`), else the extended one.
    public static func of(_ projection: CaseProjection, asOf: Instant, againstOriginal: Bool) -> CaseVerdict? {
        of(AssessedCase(projection, dispatchedAt: projection.registeredAt), asOf: asOf, againstOriginal: againstOriginal)
    }

    /// A case's verdict from what assessment reads of it, as of `asOf` (see ``of(_:asOf:againstOriginal:)``).
    public static func of(_ assessed: AssessedCase, asOf: Instant, againstOriginal: Bool) -> CaseVerdict? {
        guard let unit = assessed.unit else { return nil }
        func due(_ state: DeadlineState?) -> Instant? { state.map { againstOriginal ? $0.due : $0.effectiveDue } }
        let surveyed = assessed.closedAt.map { $0 <= asOf } ?? false
        return CaseVerdict(
            unit: unit,
            acceptance: outcome(of: assessed.accept, due: due(assessed.accept), asOf: asOf),
            resolution: outcome(of: assessed.resolve, due: due(assessed.resolve), asOf: asOf),
            satisfaction: surveyed ? assessed.satisfaction : nil,
            reopens: assessed.reopens
        )
    }
}
