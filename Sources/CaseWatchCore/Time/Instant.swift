/// A point in time with second precision, counted in seconds since 1970-01-01T00:00:00Z.
///
/// CaseWatch stores every instant in UTC; a ``WorkCalendar`` shows it in its own zone.
public struct Instant: Hashable, Comparable, Codable, Sendable, CustomStringConvertible {
    /// Seconds since the Unix epoch (UTC), negative before 1970.
    public var secondsSinceEpoch: Int64

    /// Creates an instant from seconds since the Unix epoch.
    public init(secondsSinceEpoch: Int64) {
        self.secondsSinceEpoch = secondsSinceEpoch
    }

    /// Decodes from seconds since the epoch.
    public init(from decoder: any Decoder) throws {
        secondsSinceEpoch = try decoder.singleValueContainer().decode(Int64.self)
    }

    /// Encodes as seconds since the epoch.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(secondsSinceEpoch)
    }

    /// Orders instants chronologically.
    public static func < (lhs: Instant, rhs: Instant) -> Bool {
        lhs.secondsSinceEpoch < rhs.secondsSinceEpoch
    }

    /// The instant `seconds` later (earlier when negative).
    public func adding(seconds: Int64) -> Instant {
        Instant(secondsSinceEpoch: secondsSinceEpoch + seconds)
    }

    /// The seconds from `other` to this instant (negative when this one is earlier).
    public func seconds(since other: Instant) -> Int64 {
        secondsSinceEpoch - other.secondsSinceEpoch
    }

    /// The instant in UTC, ISO 8601 (`2024-10-16T02:57:00Z`).
    public var description: String {
        InstantFormatter.format(self, offsetSeconds: 0)
    }
}
