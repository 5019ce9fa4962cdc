/// An escalation that fired: one ladder tier of one resolution cycle of one case, identified by
/// (case, cycle, tier) so that it can never fire twice.
public struct Escalation: Hashable, Sendable {
    /// The case.
    public let caseID: CaseID
    /// The resolution cycle it belongs to.
    public let cycle: Int
    /// The tier.
    public let tier: TierName
    /// The unit charged.
    public let unit: UnitID
    /// When the tier fell due.
    public let dueAt: Instant
    /// When the engine detected it (equal to `dueAt` when on time; later after downtime).
    public let detectedAt: Instant
    /// The assessment points deducted from the unit.
    public let points: AssessmentPoints
    /// For a sign-off tier, the leadership level that must sign; nil otherwise.
    public let signoffLevel: String?

    /// Creates an escalation.
    public init(
        caseID: CaseID, cycle: Int, tier: TierName, unit: UnitID, dueAt: Instant, detectedAt: Instant,
        points: AssessmentPoints, signoffLevel: String?
    ) {
        self.caseID = caseID
        self.cycle = cycle
        self.tier = tier
        self.unit = unit
        self.dueAt = dueAt
        self.detectedAt = detectedAt
        self.points = points
        self.signoffLevel = signoffLevel
    }
}
