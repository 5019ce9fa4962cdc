import CaseWatchCore
import Foundation

/// Reads daily working windows written `HH:MM-HH:MM` (or `HH:MM:SS`); the end may be `24:00`.
enum WindowText {
    /// Parses `09:00-12:00` into a window.
    static func parse(_ text: String) throws(ValueProblem) -> WorkWindow {
        let ends = text.split(separator: "-", omittingEmptySubsequences: false)
        guard ends.count == 2, let start = clock(ends[0]), let end = clock(ends[1]) else {
            throw ValueProblem("expected a working window written HH:MM-HH:MM, e.g. 09:00-12:00, got '\(text)'; times run from 00:00 to 24:00")
        }
        guard start < 86_400 else {
            throw ValueProblem("window '\(text)' starts at 24:00; a window starts before midnight")
        }
        guard let window = WorkWindow(start: start, end: end) else {
            throw ValueProblem("window '\(text)' ends before it starts; write the earlier time first, e.g. 09:00-12:00")
        }
        return window
    }

    /// Seconds after midnight of `HH:MM` or `HH:MM:SS`, up to `24:00`; nil when not a time of day.
    private static func clock(_ text: Substring) -> Int? {
        let fields = text.trimmingCharacters(in: .whitespaces).split(separator: ":", omittingEmptySubsequences: false)
        guard (2...3).contains(fields.count),
              fields.allSatisfy({ $0.count == 2 && $0.allSatisfy { $0.isASCII && $0.isNumber } })
        else { return nil }
        let numbers = fields.compactMap { Int($0) }
        let (hour, minute, second) = (numbers[0], numbers[1], numbers.count == 3 ? numbers[2] : 0)
        guard minute < 60, second < 60, hour < 24 || (hour == 24 && minute == 0 && second == 0) else { return nil }
        return hour * 3600 + minute * 60 + second
    }
}

