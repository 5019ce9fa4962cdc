import CaseWatchCore

/// Reads an HTTP `Retry-After` value: delay seconds (`120`) or an HTTP-date (`Sun, 06 Nov 1994 08:49:37 GMT`,
/// also the obsolete RFC 850 and asctime forms).
public enum RetryAfter {
    /// The instant the receiver asks to be retried at, or nil when the value is neither form.
    public static func instant(_ value: String, now: Instant) -> Instant? {
        let trimmed = value.trimmingSpaces()
        if !trimmed.isEmpty, trimmed.allSatisfy(\.isASCIIDigit), let seconds = Int64(trimmed) {
            return now.adding(seconds: seconds)
        }
        return httpDate(trimmed)
    }

    /// An HTTP-date in any of its three forms.
    public static func httpDate(_ text: String) -> Instant? {
        let words = text.split(whereSeparator: { $0 == " " || $0 == "," }).map(String.init)
        // IMF-fixdate: Sun 06 Nov 1994 08:49:37 GMT (comma removed)
        if words.count == 6, words[5] == "GMT", let day = Int(words[1]), let year = Int(words[3]) {
            return make(year: year, month: words[2], day: day, time: words[4])
        }
        // RFC 850: Sunday 06-Nov-94 08:49:37 GMT
        if words.count == 4, words[3] == "GMT" {
            let parts = words[1].split(separator: "-").map(String.init)
            guard parts.count == 3, let day = Int(parts[0]), let short = Int(parts[2]) else { return nil }
            return make(year: short < 70 ? 2000 + short : 1900 + short, month: parts[1], day: day, time: words[2])
        }
        // asctime: Sun Nov  6 08:49:37 1994
        if words.count == 5, let day = Int(words[2]), let year = Int(words[4]) {
            return make(year: year, month: words[1], day: day, time: words[3])
        }
        return nil
    }

    private static let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

    private static func make(year: Int, month: String, day: Int, time: String) -> Instant? {
        guard let monthIndex = months.firstIndex(of: month),
            let date = LocalDate(year: year, month: monthIndex + 1, day: day)
        else { return nil }
        let clock = time.split(separator: ":").compactMap { Int($0) }
        guard clock.count == 3, (0..<24).contains(clock[0]), (0..<60).contains(clock[1]), (0...60).contains(clock[2])
        else { return nil }
        let seconds = Int64(date.dayNumber) * 86_400 + Int64(clock[0] * 3_600 + clock[1] * 60 + clock[2])
        return Instant(secondsSinceEpoch: seconds)
    }
}

extension Character {
    /// Whether it is one of `0`…`9`.
    var isASCIIDigit: Bool { ("0"..."9").contains(self) }
}

extension String {
    /// The text without leading and trailing spaces and tabs.
    func trimmingSpaces() -> String {
        var view = Substring(self)
        while let first = view.first, first == " " || first == "\t" { view.removeFirst() }
        while let last = view.last, last == " " || last == "\t" { view.removeLast() }
        return String(view)
    }
}
