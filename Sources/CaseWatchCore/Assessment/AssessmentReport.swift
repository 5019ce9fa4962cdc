/// An assessment ready to export: its rows and everything needed to reproduce and read it.
public struct AssessmentReport: Hashable, Sendable {
    /// The first local date of the period (cases dispatched from its start).
    public let from: LocalDate
    /// The last local date of the period (inclusive).
    public let to: LocalDate
    /// The instant the cases were judged as of.
    public let asOf: Instant
    /// The zone the period's dates are read in (the calendar's), e.g. `Asia/Shanghai`.
    public let zone: String
    /// The level the rows are at: `unit`, `street`, `district` or `city`.
    public let level: String
    /// The policy versions the period's cases were projected under.
    public let policyVersions: [String]
    /// The event-log positions the assessment read (first and last `seq`), nil for an empty log.
    public let eventLogRange: ClosedRange<Int64>?
    /// The rows, ranked.
    public let rows: [AssessmentRow]
    /// The city as a whole (every unit rolled up), for comparison.
    public let total: AssessmentRow
    /// Unit names by id, for display.
    public let unitNames: [UnitID: String]
    /// Earlier periods' city-wide scores and resolution rates, oldest first, for the trend (may be empty).
    public let trend: [TrendPoint]
    /// The rules the scores were computed under.
    public let rules: AssessmentRules

    /// One earlier period in the trend.
    public struct TrendPoint: Hashable, Sendable {
        /// Its label, e.g. `2026-10`.
        public let label: String
        /// The city-wide score.
        public let score: AssessmentPoints
        /// The city-wide resolution rate.
        public let resolutionRate: Rate?

        /// A point.
        public init(label: String, score: AssessmentPoints, resolutionRate: Rate?) {
            self.label = label
            self.score = score
            self.resolutionRate = resolutionRate
        }
    }

    /// A report.
    public init(
        from: LocalDate, to: LocalDate, asOf: Instant, zone: String, level: String, policyVersions: [String],
        eventLogRange: ClosedRange<Int64>?, rows: [AssessmentRow], total: AssessmentRow, unitNames: [UnitID: String],
        trend: [TrendPoint], rules: AssessmentRules
    ) {
        self.from = from
        self.to = to
        self.asOf = asOf
        self.zone = zone
        self.level = level
        self.policyVersions = policyVersions
        self.eventLogRange = eventLogRange
        self.rows = rows
        self.total = total
        self.unitNames = unitNames
        self.trend = trend
        self.rules = rules
    }
}
