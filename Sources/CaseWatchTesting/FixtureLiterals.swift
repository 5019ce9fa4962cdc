import CaseWatchCore

/// Readable literals for fixtures: dates, windows and instants written as text.
///
/// A malformed literal is a mistake in the test itself, so these stop the test run with a message
/// naming the literal instead of throwing.
public enum FixtureLiterals {
    /// The date `YYYY-MM-DD`, e.g. `2024-10-01`.
    public static func date(_ text: String) -> LocalDate {
        let parts = text.split(separator: "-").compactMap { Int($0) }
        guard parts.count == 3, let date = LocalDate(year: parts[0], month: parts[1], day: parts[2]) else {
            preconditionFailure("fixture date '\(text)' is not YYYY-MM-DD")
        }
        return date
    }

    /// Seconds after midnight of a wall time `HH:MM` or `HH:MM:SS` (`24:00` is allowed).
    public static func clock(_ text: String) -> Int {
        let parts = text.split(separator: ":").compactMap { Int($0) }
        guard (2...3).contains(parts.count) else { preconditionFailure("fixture time '\(text)' is not HH:MM") }
        return parts[0] * 3600 + parts[1] * 60 + (parts.count == 3 ? parts[2] : 0)
    }

    /// The window `start`–`end` in wall time, e.g. `window("09:00", "12:00")`.
    public static func window(_ start: String, _ end: String) -> WorkWindow {
        guard let window = WorkWindow(start: clock(start), end: clock(end)) else {
            preconditionFailure("fixture window \(start)-\(end) is not a window")
        }
        return window
    }

    /// The instant an ISO 8601 text names, reading a wall time without an offset in `zone`.
    public static func instant(_ text: String, zone: ZoneRules) -> Instant {
        do {
            return try InstantParser.parse(text, zone: zone)
        } catch {
            preconditionFailure("fixture instant: \(error)")
        }
    }

    /// The zone with an IANA identifier.
    public static func zone(_ identifier: String) -> ZoneRules {
        guard let zone = ZoneRules(identifier: identifier) else {
            preconditionFailure("fixture zone '\(identifier)' is not an IANA zone")
        }
        return zone
    }
}
