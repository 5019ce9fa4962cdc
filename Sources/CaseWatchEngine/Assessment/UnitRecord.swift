import CaseWatchCore
import CaseWatchStore

/// Everything behind one unit's assessment: its scored row, its cases with their verdicts, its
/// escalations and the ledger lines they wrote, so that a unit disputing its score sees exactly why.
public struct UnitRecord: Sendable {
    /// The unit.
    public let unit: UnitID
    /// Its name, when the unit tree has it.
    public let name: String?
    /// The level its row is ranked at.
    public let level: AssessmentLevel
    /// The period.
    public let period: AssessmentPeriod
    /// The instant it was judged as of.
    public let asOf: Instant
    /// Its row: counts, rates, deductions, score and rank.
    public let row: AssessmentRow
    /// Its cases (and those of the units under it), in dispatch order.
    public let cases: [Case]
    /// The escalations charged to it (and to the units under it) for the period's cases, in detection order.
    public let escalations: [AssessmentEscalation]
    /// The ledger lines of those escalations, in the order they were written.
    public let ledger: [LedgerLine]

    /// One case and how it counts.
    public struct Case: Sendable {
        /// The case as read.
        public let assessed: AssessedCase
        /// How it counts (nil when no unit is charged).
        public let verdict: CaseVerdict?
        /// Whether it is judged against the original deadline (its policy's `assess_against`).
        public let againstOriginal: Bool
    }
}
