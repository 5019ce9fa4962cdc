/// Why a text is not an ISO 8601 instant.
public struct InstantParseError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The text that was read.
    public let text: String
    /// The 1-based character position of the problem within `text`.
    public let column: Int
    /// What is wrong and how to write it instead.
    public let reason: String

    /// `'<text>' is not an ISO 8601 instant: <reason> (at character N)`.
    public var description: String {
        "'\(text)' is not an ISO 8601 instant: \(reason) (at character \(column)); write e.g. 2024-10-14T09:00:00+08:00"
    }
}

/// Reads ISO 8601 instants: `YYYY-MM-DD`, optionally `THH:MM[:SS]` (a space may stand for `T`), then
/// optionally `Z` or an offset `±HH:MM`, `±HHMM` or `±HH`. Without an offset the wall time is read in a
/// given zone; a date alone means that day's local midnight. Fractional seconds must be zero: CaseWatch
/// works to the second.
public enum InstantParser {
    /// Parses `text`, reading a wall time without an offset in `zone`.
    public static func parse(_ text: String, zone: ZoneRules) throws(InstantParseError) -> Instant {
        try parse(text, zone: Optional(zone))
    }

    /// Parses `text`, which must carry `Z` or a UTC offset: the form intake records and the event log use.
    public static func parseWithOffset(_ text: String) throws(InstantParseError) -> Instant {
        if let instant = canonical(text) { return instant }
        return try parse(text, zone: nil)
    }

    private static func parse(_ text: String, zone: ZoneRules?) throws(InstantParseError) -> Instant {
        var scanner = Scanner(text: text)
        let year = try scanner.number(digits: 4, what: "a four-digit year")
        guard Limits.supportedYears.contains(year) else {
            throw scanner.error(at: 1, "the year \(pad(year, 4)) is outside the years CaseWatch supports (\(Limits.supportedYears.lowerBound)-\(Limits.supportedYears.upperBound)); check the date")
        }
        try scanner.expect("-", what: "'-' after the year")
        let month = try scanner.number(digits: 2, what: "a two-digit month")
        try scanner.expect("-", what: "'-' after the month")
        let day = try scanner.number(digits: 2, what: "a two-digit day")
        guard let date = LocalDate(year: year, month: month, day: day) else {
            throw scanner.error(at: 1, "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2)) is not a calendar date")
        }
        var second = 0
        if scanner.peek == "T" || scanner.peek == "t" || scanner.peek == " " {
            scanner.advance()
            let hourColumn = scanner.column
            let hour = try scanner.number(digits: 2, what: "a two-digit hour")
            try scanner.expect(":", what: "':' after the hour")
            let minute = try scanner.number(digits: 2, what: "a two-digit minute")
            var sec = 0
            if scanner.peek == ":" {
                scanner.advance()
                sec = try scanner.number(digits: 2, what: "two-digit seconds")
                if scanner.peek == "." || scanner.peek == "," {
                    scanner.advance()
                    let fractionColumn = scanner.column
                    var digits = 0
                    while let c = scanner.peek, c.isASCII, c.isNumber {
                        if c != "0" { throw scanner.error(at: fractionColumn, "fractional seconds are not supported; CaseWatch works to the second") }
                        digits += 1
                        scanner.advance()
                    }
                    if digits == 0 { throw scanner.error(at: fractionColumn, "expected digits after the decimal point") }
                }
            }
            guard hour < 24 || (hour == 24 && minute == 0 && sec == 0), minute < 60, sec < 60 else {
                throw scanner.error(at: hourColumn, "\(pad(hour, 2)):\(pad(minute, 2)):\(pad(sec, 2)) is not a time of day")
            }
            second = hour * 3600 + minute * 60 + sec
        }
        let offset = try scanner.offset()
        guard scanner.atEnd else { throw scanner.error(at: scanner.column, "unexpected '\(scanner.rest)'") }
        if let offset {
            let local = Int64(date.dayNumber) * 86_400 + Int64(second)
            return Instant(secondsSinceEpoch: local - Int64(offset))
        }
        guard let zone else {
            throw scanner.error(at: scanner.column, "it has no UTC offset; add one such as +08:00 or Z, so that the instant is unambiguous")
        }
        return zone.instant(dayNumber: date.dayNumber, secondOfDay: second)
    }
}

/// A cursor over the characters of an instant's text.
private struct Scanner {
    let text: String
    let characters: [Character]
    var index = 0

    init(text: String) {
        self.text = text
        self.characters = Array(text)
    }

    var peek: Character? { index < characters.count ? characters[index] : nil }
    var atEnd: Bool { index >= characters.count }
    var column: Int { index + 1 }
    var rest: String { String(characters[index...]) }

    mutating func advance() { index += 1 }

    func error(at column: Int, _ reason: String) -> InstantParseError {
        InstantParseError(text: text, column: column, reason: reason)
    }

    mutating func number(digits: Int, what: String) throws(InstantParseError) -> Int {
        var value = 0
        for _ in 0..<digits {
            guard let c = peek, c.isASCII, let digit = c.wholeNumberValue else {
                throw error(at: column, "expected \(what)")
            }
            value = value * 10 + digit
            advance()
        }
        return value
    }

    mutating func expect(_ character: Character, what: String) throws(InstantParseError) {
        guard peek == character else { throw error(at: column, "expected \(what)") }
        advance()
    }

    /// Reads `Z`, `±HH:MM`, `±HHMM` or `±HH`; nil when no offset follows.
    mutating func offset() throws(InstantParseError) -> Int? {
        guard let c = peek else { return nil }
        if c == "Z" || c == "z" {
            advance()
            return 0
        }
        guard c == "+" || c == "-" else { return nil }
        let signColumn = column
        let sign = c == "-" ? -1 : 1
        advance()
        let hours = try number(digits: 2, what: "a two-digit offset hour")
        var minutes = 0
        if peek == ":" {
            advance()
            minutes = try number(digits: 2, what: "two-digit offset minutes")
        } else if let d = peek, d.isASCII, d.isNumber {
            minutes = try number(digits: 2, what: "two-digit offset minutes")
        }
        guard hours <= 18, minutes < 60 else { throw error(at: signColumn, "offset out of range") }
        return sign * (hours * 3600 + minutes * 60)
    }
}
