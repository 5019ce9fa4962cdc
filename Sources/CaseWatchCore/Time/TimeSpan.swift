/// A half-open interval of time `[start, end)`, such as a pause or a counted stretch of working time.
public struct TimeSpan: Hashable, Codable, Sendable, CustomStringConvertible {
    /// The first instant inside the interval.
    public var start: Instant
    /// The first instant after the interval.
    public var end: Instant

    /// Creates an interval; `end` may equal `start` (an empty interval) but not precede it.
    public init(start: Instant, end: Instant) {
        precondition(end >= start, "a time span cannot end before it starts")
        self.start = start
        self.end = end
    }

    /// The interval's length in seconds.
    public var seconds: Int64 { end.seconds(since: start) }

    /// The interval in UTC, `start/end`.
    public var description: String { "\(start)/\(end)" }
}

/// A span in raw UTC seconds, used on the hot paths of the calendar.
struct RawSpan: Hashable, Sendable {
    var start: Int64
    var end: Int64
}
