/// Formats instants as ISO 8601 with a UTC offset, e.g. `2024-10-16T10:57:00+08:00`.
public enum InstantFormatter {
    /// Formats `instant` as wall time at `offsetSeconds` from UTC (`Z` when the offset is zero).
    public static func format(_ instant: Instant, offsetSeconds: Int) -> String {
        let local = instant.secondsSinceEpoch + Int64(offsetSeconds)
        let day = floorDiv(local, 86_400)
        let second = Int(local - day * 86_400)
        let date = LocalDate(dayNumber: Int(day))
        let magnitude = abs(offsetSeconds)
        guard (0...9999).contains(date.year), magnitude % 60 == 0, magnitude < 100 * 3600 else {
            return formatByParts(instant, offsetSeconds: offsetSeconds)
        }
        // The common shape, written digit by digit (it is on every answer that shows an instant).
        let length = offsetSeconds == 0 ? 20 : 25
        return String(unsafeUninitializedCapacity: length) { text in
            func put(_ value: Int, width: Int, at start: Int) {
                var value = value
                for index in (start..<start + width).reversed() {
                    text[index] = UInt8(ascii: "0") + UInt8(value % 10)
                    value /= 10
                }
            }
            put(date.year, width: 4, at: 0)
            text[4] = UInt8(ascii: "-")
            put(date.month, width: 2, at: 5)
            text[7] = UInt8(ascii: "-")
            put(date.day, width: 2, at: 8)
            text[10] = UInt8(ascii: "T")
            put(second / 3600, width: 2, at: 11)
            text[13] = UInt8(ascii: ":")
            put(second / 60 % 60, width: 2, at: 14)
            text[16] = UInt8(ascii: ":")
            put(second % 60, width: 2, at: 17)
            if offsetSeconds == 0 {
                text[19] = UInt8(ascii: "Z")
            } else {
                text[19] = offsetSeconds < 0 ? UInt8(ascii: "-") : UInt8(ascii: "+")
                put(magnitude / 3600, width: 2, at: 20)
                text[22] = UInt8(ascii: ":")
                put(magnitude / 60 % 60, width: 2, at: 23)
            }
            return length
        }
    }

    /// The same text as ``format(_:offsetSeconds:)``, written by string interpolation: for the rare shapes
    /// (years beyond 0–9999, offsets with seconds) and as the fast path's reference in its tests.
    static func formatByParts(_ instant: Instant, offsetSeconds: Int) -> String {
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
