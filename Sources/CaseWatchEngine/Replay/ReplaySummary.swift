import CaseWatchCore

/// What a replay did: cases, events, refusals, escalations per tier and each unit's record.
public struct ReplaySummary: Sendable {
    /// One unit's record at the end of the replay.
    public struct UnitRecord: Sendable, Hashable {
        /// Cases whose resolve deadline was met.
        public var onTime = 0
        /// Cases replied after their resolve deadline.
        public var late = 0
        /// Cases still open past their resolve deadline.
        public var openOverdue = 0
        /// Cases without a resolve deadline, or open before it.
        public var other = 0

        /// On time over all cases that had a deadline to judge by, nil when none had.
        public var onTimeRate: Double? {
            let judged = onTime + late + openOverdue
            return judged == 0 ? nil : Double(onTime) / Double(judged)
        }
    }

    /// Cases replayed.
    public var cases = 0
    /// Events stored.
    public var events = 0
    /// Records the lifecycle refused.
    public var rejected: [IntakeProblem] = []
    /// Escalations recorded, per tier.
    public var escalations: [TierName: Int] = [:]
    /// Each unit's record as of the end of the replay.
    public var units: [UnitID: UnitRecord] = [:]
    /// Units the history named that were created as top-level units.
    public var createdUnits: [UnitID] = []
}
