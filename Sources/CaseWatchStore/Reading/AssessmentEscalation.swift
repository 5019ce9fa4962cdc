import CaseWatchCore

/// An escalation as assessment counts it as of an instant: its tier and unit, whether it asked for a
/// sign-off, whether that sign-off was rejected (its points reversed) and how often it passed up a level.
public struct AssessmentEscalation: Hashable, Sendable {
    /// The escalation's row id.
    public let id: Int64
    /// The case.
    public let caseID: CaseID
    /// The resolution cycle.
    public let cycle: Int
    /// The tier.
    public let tier: TierName
    /// The unit charged.
    public let unit: UnitID
    /// When the tier fell due.
    public let dueAt: Instant
    /// When it was detected.
    public let detectedAt: Instant
    /// The points the policy's ladder deducted when it fired.
    public let points: AssessmentPoints
    /// Whether it asked for a leadership sign-off.
    public let hasSignoff: Bool
    /// Whether a leader rejected that sign-off by the as-of instant (the escalation then counts for nothing).
    public let rejected: Bool
    /// How often the sign-off passed up a level unsigned by the as-of instant (its `signoff_escalated` lines).
    public let passedUp: Int
}

/// One line of the assessment ledger.
public struct LedgerLine: Hashable, Sendable {
    /// The line's id.
    public let id: Int64
    /// The unit charged.
    public let unit: UnitID
    /// The case, if any.
    public let caseID: CaseID?
    /// The escalation, if any.
    public let escalationID: Int64?
    /// `escalation`, `reversal` or `signoff_escalated`.
    public let kind: String
    /// Points, negative for a deduction.
    public let points: AssessmentPoints
    /// When it was written.
    public let at: Instant
    /// The line a reversal gives back.
    public let reverses: Int64?
}
