/// Formats instants as ISO 8601 with a UTC offset, e.g. `2024-10-16T10:57:00+08:00`.
public enum InstantFormatter {
    /// Formats `instant` as wall time at `offsetSeconds` from UTC (`Z` when the offset is zero).
    public static func format(_ instant: Instant, offsetSeconds: Int) -> String {
        let local = instant.secondsSinceEpoch + Int64(offsetSeconds)
        let day = floorDiv(local, 86_400)
        let second = Int(local - day * 86_400)
        let date = LocalDate(dayNumber: Int(day))
        let time = "\(pad(second / 3600, 2)):\(pad(second / 60 % 60, 2)):\(pad(second % 60, 2))"
        return "\(date)T\(time)\(offset(offsetSeconds))"
    }

    /// Formats `instant` in a zone, with the offset in force at that instant.
    public static func format(_ instant: Instant, in zone: ZoneRules) -> String {
        format(instant, offsetSeconds: zone.offset(at: instant))
    }

    /// `Z`, or `±HH:MM` (with `:SS` for the rare zones whose offset has seconds).
    static func offset(_ seconds: Int) -> String {
        guard seconds != 0 else { return "Z" }
        let sign = seconds < 0 ? "-" : "+"
        let magnitude = abs(seconds)
        let base = "\(sign)\(pad(magnitude / 3600, 2)):\(pad(magnitude / 60 % 60, 2))"
        return magnitude % 60 == 0 ? base : base + ":\(pad(magnitude % 60, 2))"
    }
}
