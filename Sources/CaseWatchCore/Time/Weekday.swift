/// A day of the week, numbered as ISO 8601 does (Monday = 1 … Sunday = 7).
public enum Weekday: Int, CaseIterable, Hashable, Comparable, Sendable, CustomStringConvertible {
    case monday = 1, tuesday, wednesday, thursday, friday, saturday, sunday

    /// The weekday of a day number (days since 1970-01-01, a Thursday).
    public init(dayNumber: Int) {
        let index = ((dayNumber + 3) % 7 + 7) % 7  // 0 = Monday
        self = Weekday(rawValue: index + 1)!
    }

    /// Whether this is Saturday or Sunday.
    public var isWeekend: Bool { self == .saturday || self == .sunday }

    /// The three-letter lower-case name used in configuration (`mon` … `sun`).
    public var shortName: String {
        switch self {
        case .monday: "mon"
        case .tuesday: "tue"
        case .wednesday: "wed"
        case .thursday: "thu"
        case .friday: "fri"
        case .saturday: "sat"
        case .sunday: "sun"
        }
    }

    /// Parses `mon`…`sun` or the full English name, case-insensitively.
    public init?(name: String) {
        let lowered = name.lowercased()
        guard let match = Weekday.allCases.first(where: {
            $0.shortName == lowered || "\($0)" == lowered
        }) else { return nil }
        self = match
    }

    /// Orders Monday first.
    public static func < (lhs: Weekday, rhs: Weekday) -> Bool { lhs.rawValue < rhs.rawValue }

    /// The three-letter name.
    public var description: String { shortName }
}
