/// Why a text is not a duration.
public struct DurationParseError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The text that was read.
    public let text: String
    /// What is wrong and how to write it instead.
    public let reason: String

    /// `'<text>' is not a duration: <reason>`.
    public var description: String { "'\(text)' is not a duration: \(reason)" }
}

/// Reads deadline durations: `5 working days`, `3 working hours`, `90 working minutes`, `24h`, `30m`,
/// `1h30m`, `45s`, `2 hours`, `30 minutes`. Amounts must be positive; working days are whole, hours and
/// minutes may have decimals that come to whole seconds (`3.5 working hours`).
public enum DurationParser {
    static let accepted = "'<N> working days', '<N> working hours', '<N> working minutes', '<N>h', '<N>m', '<N>s' or a combination such as '1h30m'"

    /// Parses `text` into a positive duration.
    public static func parse(_ text: String) throws(DurationParseError) -> ClockDuration {
        let trimmed = text.trimmingSpaces().lowercased()
        guard !trimmed.isEmpty else { throw DurationParseError(text: text, reason: "it is empty; write \(accepted)") }
        let unspaced = trimmed.filter { $0 != " " && $0 != "\t" }
        if let compact = try compactCalendar(unspaced, original: text) { return try bounded(compact, text) }
        let words = trimmed.split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
        if let first = words.first, Decimal6.isTooLong(first) { throw tooLarge(text) }
        guard words.count >= 2, let amount = Decimal6(words[0]) else {
            throw DurationParseError(text: text, reason: "expected a number followed by a unit, such as \(accepted)")
        }
        let unit = words.dropFirst().joined(separator: " ")
        guard let (kind, secondsPerUnit) = units[unit] else {
            let suggestion = closestUnit(to: unit).map { " (did you mean '\($0)'?)" } ?? ""
            throw DurationParseError(text: text, reason: "unknown unit '\(unit)'\(suggestion); write \(accepted)")
        }
        guard amount.isPositive else {
            throw DurationParseError(text: text, reason: "the amount must be positive (zero and negative durations have no due instant)")
        }
        if kind == .workingDays {
            guard let days = amount.wholeValue else {
                throw DurationParseError(text: text, reason: "working days must be a whole number; use working hours for parts of a day")
            }
            return try bounded(ClockDuration(.workingDays, days)!, text)
        }
        guard let seconds = amount.times(secondsPerUnit) else {
            throw DurationParseError(text: text, reason: "the amount does not come to whole seconds")
        }
        return try bounded(ClockDuration(kind, seconds)!, text)
    }

    /// The duration when it is within ``Limits``; "too large" otherwise.
    private static func bounded(_ duration: ClockDuration, _ text: String) throws(DurationParseError) -> ClockDuration {
        let limit = duration.kind == .workingDays ? Limits.mostWorkingDays : Limits.longestDurationSeconds
        guard duration.amount <= limit else { throw tooLarge(text) }
        return duration
    }

    /// The error for an amount past the longest duration a deadline may name.
    private static func tooLarge(_ text: String) -> DurationParseError {
        DurationParseError(text: text, reason: "it is too large; a deadline runs at most \(Limits.mostWorkingDays) working days or \(Limits.grouped(Limits.longestDurationSeconds / 3600)) hours (calendar or working), a year")
    }

    static let units: [String: (ClockDuration.Kind, Int64)] = {
        var table: [String: (ClockDuration.Kind, Int64)] = [:]
        for (names, value) in [
            (["working day", "working days"], (ClockDuration.Kind.workingDays, Int64(1))),
            (["working hour", "working hours"], (.workingTime, 3600)),
            (["working minute", "working minutes"], (.workingTime, 60)),
            (["working second", "working seconds"], (.workingTime, 1)),
            (["hour", "hours"], (.calendar, 3600)),
            (["minute", "minutes"], (.calendar, 60)),
            (["second", "seconds"], (.calendar, 1)),
        ] {
            for name in names { table[name] = value }
        }
        return table
    }()

    /// `24h`, `30m`, `1h30m`, `1h 30m`, `45s` — calendar time in compact notation (spaces already removed).
    private static func compactCalendar(_ text: String, original: String) throws(DurationParseError) -> ClockDuration? {
        guard let first = text.first, first.isNumber || first == "-" || first == "+",
              text.allSatisfy({ $0.isNumber || "hms.-+".contains($0) }),
              text.contains(where: { "hms".contains($0) })
        else { return nil }
        var total: Int64 = 0
        var number = ""
        var lastRank = 0
        for c in text {
            if let rank = ["h": 1, "m": 2, "s": 3][c] {
                if Decimal6.isTooLong(number) { throw tooLarge(original) }
                guard let amount = Decimal6(number) else {
                    throw DurationParseError(text: original, reason: "expected a number before '\(c)'")
                }
                guard amount.millionths >= 0 else {
                    throw DurationParseError(text: original, reason: "the amount must be positive (zero and negative durations have no due instant)")
                }
                guard rank > lastRank else {
                    throw DurationParseError(text: original, reason: "write hours, then minutes, then seconds, each once (e.g. 1h30m)")
                }
                guard let seconds = amount.times([1: 3600, 2: 60, 3: 1][rank]!) else {
                    throw DurationParseError(text: original, reason: "the amount does not come to whole seconds")
                }
                total += seconds
                lastRank = rank
                number = ""
            } else {
                number.append(c)
            }
        }
        guard number.isEmpty else {
            throw DurationParseError(text: original, reason: "'\(number)' has no unit; end it with h, m or s")
        }
        guard let duration = ClockDuration(.calendar, total) else {
            throw DurationParseError(text: original, reason: "the amount must be positive (zero and negative durations have no due instant)")
        }
        return duration
    }

    private static func closestUnit(to unit: String) -> String? {
        let candidates = ["working days", "working hours", "working minutes", "hours", "minutes"]
        let scored = candidates.map { ($0, editDistance($0, unit)) }.min { $0.1 < $1.1 }
        guard let (name, distance) = scored, distance <= max(2, name.count / 4) else { return nil }
        return name
    }
}

/// A non-negative or negative decimal with up to six fraction digits, held exactly as millionths.
struct Decimal6 {
    let millionths: Int64

    init?(_ text: String) {
        var digits = Substring(text)
        var sign: Int64 = 1
        if digits.first == "-" { sign = -1; digits = digits.dropFirst() } else if digits.first == "+" { digits = digits.dropFirst() }
        let parts = digits.split(separator: ".", omittingEmptySubsequences: false)
        guard (1...2).contains(parts.count), !parts[0].isEmpty, parts[0].count <= 9,
              parts.allSatisfy({ $0.allSatisfy { $0.isASCII && $0.isNumber } }),
              let whole = Int64(parts[0])
        else { return nil }
        var fraction: Int64 = 0
        if parts.count == 2 {
            guard !parts[1].isEmpty, parts[1].count <= 6 else { return nil }
            fraction = Int64(parts[1] + String(repeating: "0", count: 6 - parts[1].count))!
        }
        millionths = sign * (whole * 1_000_000 + fraction)
    }

    /// Whether `text` is a plain number whose whole part has more digits than a `Decimal6` holds.
    static func isTooLong(_ text: String) -> Bool {
        let unsigned = text.first == "-" || text.first == "+" ? text.dropFirst() : Substring(text)
        let whole = unsigned.prefix { $0 != "." }
        return whole.count > 9 && unsigned.allSatisfy { ($0.isASCII && $0.isNumber) || $0 == "." }
    }

    var isPositive: Bool { millionths > 0 }
    var wholeValue: Int64? { millionths % 1_000_000 == 0 ? millionths / 1_000_000 : nil }

    /// The amount times `factor`, when that is whole.
    func times(_ factor: Int64) -> Int64? {
        let product = millionths * factor
        return product % 1_000_000 == 0 ? product / 1_000_000 : nil
    }
}

/// Levenshtein distance, for "did you mean" suggestions.
public func editDistance(_ a: String, _ b: String) -> Int {
    let a = Array(a), b = Array(b)
    guard !a.isEmpty else { return b.count }
    guard !b.isEmpty else { return a.count }
    var previous = Array(0...b.count)
    for i in 1...a.count {
        var current = [i] + Array(repeating: 0, count: b.count)
        for j in 1...b.count {
            current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
        }
        previous = current
    }
    return previous[b.count]
}

extension String {
    /// The string without leading and trailing spaces, tabs and newlines.
    func trimmingSpaces() -> String {
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" }
        guard let first = firstIndex(where: { !isSpace($0) }), let last = lastIndex(where: { !isSpace($0) }) else { return "" }
        return String(self[first...last])
    }
}
