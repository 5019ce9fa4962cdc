/// One line of an assessment: a unit (or a district, street… rolled up from its units) with its counts,
/// rates, deductions, score and rank.
public struct AssessmentRow: Hashable, Sendable {
    /// The unit, or the node of the tree the row rolls up.
    public let unit: UnitID
    /// The counts.
    public let tally: UnitTally
    /// Accepted on time / cases with an accept deadline due by the as-of instant.
    public let responseRate: Rate?
    /// Resolved on time / (resolved + open and overdue).
    public let resolutionRate: Rate?
    /// (Satisfied + basically satisfied) / surveyed.
    public let satisfactionRate: Rate?
    /// Points deducted (escalations per tier, reopened cases, sign-offs passed up).
    public let deductions: AssessmentPoints
    /// The weighted rates less the deductions, never below the floor (0 to 100 points).
    public let score: AssessmentPoints
    /// The rank among units with enough cases (1 is best; equal scores share a rank); nil when too few.
    public let rank: Int?

    /// Whether the unit had too few cases to be ranked.
    public var isSmallSample: Bool { rank == nil }

    /// A row.
    public init(
        unit: UnitID, tally: UnitTally, responseRate: Rate?, resolutionRate: Rate?, satisfactionRate: Rate?,
        deductions: AssessmentPoints, score: AssessmentPoints, rank: Int?
    ) {
        self.unit = unit
        self.tally = tally
        self.responseRate = responseRate
        self.resolutionRate = resolutionRate
        self.satisfactionRate = satisfactionRate
        self.deductions = deductions
        self.score = score
        self.rank = rank
    }
}
