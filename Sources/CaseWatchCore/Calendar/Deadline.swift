/// The answer to "when is this due?": the due instant and how it was reached.
public struct Deadline: Hashable, Sendable {
    /// The earliest instant at which the budget is used up. Replying at this instant is on time.
    public let due: Instant
    /// The instant the clock starts counting: the start itself, or for working days the local midnight
    /// after the start date.
    public let clockStart: Instant
    /// The budget, in seconds of the clock's measure (wall seconds or working seconds).
    public let budget: Int64
    /// Whether the budget counts wall time (calendar clock) rather than working time.
    public let countsWallTime: Bool
    /// Whether the computation touched a day in a year the calendar does not cover; such a deadline is
    /// computed as if that year had no holidays and must be recomputed when the year is covered.
    public let provisional: Bool
}

/// One stretch of the timeline between a clock's start and its due instant, for explanations.
public struct TimelineSegment: Hashable, Sendable {
    /// What happened to the clock during a stretch.
    public enum Kind: String, Hashable, Sendable {
        /// The start day of a working-day deadline, which never counts.
        case startDay = "start-day"
        /// Time outside the working windows: nights, rest days, holidays.
        case nonWorking = "non-working"
        /// Working (or, on a calendar clock, wall) time inside a pause.
        case paused
        /// Time that consumed the budget.
        case counted
    }

    /// What the stretch was.
    public let kind: Kind
    /// The stretch.
    public let span: TimeSpan
}
