/// How long a deadline runs, and on which clock.
///
/// - calendar time (`24h`, `30m`): wall-clock duration; nights and holidays count.
/// - working time (`3 working hours`): consumes the calendar's working windows only.
/// - working days (`5 working days`, 次日起 N 个工作日): the start day never counts; the budget is the
///   working time of the N working days after the start date, consumed from the first of them.
public struct ClockDuration: Hashable, Sendable, CustomStringConvertible {
    /// The clock a duration runs on.
    public enum Kind: String, Hashable, Sendable, CaseIterable {
        /// Wall-clock time.
        case calendar
        /// Working time inside the calendar's windows.
        case workingTime = "working-time"
        /// Whole working days after the start date.
        case workingDays = "working-days"
    }

    /// The clock.
    public let kind: Kind
    /// Seconds for calendar and working time; a count of days for working days. Always positive.
    public let amount: Int64

    /// Creates a duration, or returns nil unless `amount` is positive.
    public init?(_ kind: Kind, _ amount: Int64) {
        guard amount > 0 else { return nil }
        self.kind = kind
        self.amount = amount
    }

    /// Wall-clock seconds.
    public static func calendar(seconds: Int64) -> ClockDuration? { ClockDuration(.calendar, seconds) }
    /// Working seconds.
    public static func workingTime(seconds: Int64) -> ClockDuration? { ClockDuration(.workingTime, seconds) }
    /// Working days.
    public static func workingDays(_ days: Int) -> ClockDuration? { ClockDuration(.workingDays, Int64(days)) }

    /// The duration in the notation `parse` reads back: `5 working days`, `3 working hours`, `24h`.
    public var description: String {
        switch kind {
        case .workingDays:
            return "\(amount) working day\(amount == 1 ? "" : "s")"
        case .workingTime:
            if amount % 3600 == 0 { return "\(amount / 3600) working hour\(amount == 3600 ? "" : "s")" }
            if amount % 60 == 0 { return "\(amount / 60) working minute\(amount == 60 ? "" : "s")" }
            return "\(amount) working second\(amount == 1 ? "" : "s")"
        case .calendar:
            var parts = ""
            if amount / 3600 > 0 { parts += "\(amount / 3600)h" }
            if amount / 60 % 60 > 0 { parts += "\(amount / 60 % 60)m" }
            if amount % 60 > 0 { parts += "\(amount % 60)s" }
            return parts
        }
    }
}
