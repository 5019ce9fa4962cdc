import Foundation

/// The UTC offsets of an IANA time zone, with conversions between local wall time and ``Instant``.
///
/// Never assumes a fixed offset: every conversion asks the zone's rules for the instant concerned, so
/// calendars hold across daylight-saving switches.
public struct ZoneRules: Hashable, Sendable {
    /// The IANA identifier, e.g. `Asia/Shanghai`.
    public let identifier: String
    let zone: TimeZone

    /// Loads the zone, or returns nil when the identifier is not a known IANA zone.
    public init?(identifier: String) {
        guard let zone = TimeZone(identifier: identifier) else { return nil }
        self.identifier = identifier
        self.zone = zone
    }

    /// The zone's offset from UTC, in seconds, at an instant.
    public func offset(at instant: Instant) -> Int {
        offset(atSeconds: instant.secondsSinceEpoch)
    }

    func offset(atSeconds seconds: Int64) -> Int {
        zone.secondsFromGMT(for: Date(timeIntervalSince1970: TimeInterval(seconds)))
    }

    /// The instant at which local wall time reads `secondOfDay` seconds after midnight of `dayNumber`.
    ///
    /// A wall time that occurs twice (when clocks go back) resolves to its first occurrence; a wall time
    /// that never occurs (when clocks go forward) resolves to the instant the same distance after the gap
    /// starts, i.e. it is read with the offset in force before the switch.
    public func instant(dayNumber: Int, secondOfDay: Int) -> Instant {
        Instant(secondsSinceEpoch: utcSeconds(localSeconds: Int64(dayNumber) * 86_400 + Int64(secondOfDay)))
    }

    /// The UTC seconds for local wall seconds (seconds since 1970-01-01T00:00 local).
    func utcSeconds(localSeconds local: Int64) -> Int64 {
        let before = Int64(offset(atSeconds: local - 86_400))
        let after = Int64(offset(atSeconds: local + 86_400))
        let early = local - before
        if before == after, Int64(offset(atSeconds: early)) == before { return early }
        let late = local - after
        let earlyValid = Int64(offset(atSeconds: early)) == before
        let lateValid = Int64(offset(atSeconds: late)) == after
        switch (earlyValid, lateValid) {
        case (true, true): return min(early, late)
        case (true, false): return early
        case (false, true): return late
        case (false, false): return early  // inside a gap: read with the offset before the switch
        }
    }

    /// The stretches of `[from, to)` (UTC seconds) over which the zone's offset is constant, in order,
    /// each with its offset in seconds. Finds every switch between stretches whose ends differ in offset,
    /// which covers any zone that switches at most once in the interval.
    func constantOffsetPieces(from: Int64, to: Int64) -> [(start: Int64, end: Int64, offset: Int64)] {
        var pieces: [(start: Int64, end: Int64, offset: Int64)] = []
        var a = from
        while a < to {
            let current = offset(atSeconds: a)
            var b = to
            if offset(atSeconds: to - 1) != current {
                // offset(low) == current and offset(high) != current: bisect to the switch.
                var low = a, high = to - 1
                while high - low > 1 {
                    let middle = low + (high - low) / 2
                    if offset(atSeconds: middle) == current { low = middle } else { high = middle }
                }
                b = high
            }
            pieces.append((a, b, Int64(current)))
            a = b
        }
        return pieces
    }

    /// The local day number (days since 1970-01-01 in this zone) that contains an instant.
    public func dayNumber(of instant: Instant) -> Int {
        let local = instant.secondsSinceEpoch + Int64(offset(at: instant))
        return Int(floorDiv(local, 86_400))
    }

    /// The local date and second of the day of an instant.
    public func localTime(of instant: Instant) -> (date: LocalDate, secondOfDay: Int) {
        let local = instant.secondsSinceEpoch + Int64(offset(at: instant))
        let day = floorDiv(local, 86_400)
        return (LocalDate(dayNumber: Int(day)), Int(local - day * 86_400))
    }

    /// Equal when the identifiers are equal.
    public static func == (lhs: ZoneRules, rhs: ZoneRules) -> Bool { lhs.identifier == rhs.identifier }

    /// Hashes the identifier.
    public func hash(into hasher: inout Hasher) { hasher.combine(identifier) }
}

/// Division rounding towards negative infinity.
func floorDiv(_ a: Int64, _ b: Int64) -> Int64 {
    let q = a / b
    return (a % b != 0 && (a < 0) != (b < 0)) ? q - 1 : q
}
