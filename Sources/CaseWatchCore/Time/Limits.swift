/// Every magnitude CaseWatch accepts from outside, in one place, each with the reason for its bound.
///
/// Values are checked where they enter (the duration and instant parsers, the configuration readers, the
/// intake readers, the commands' options), so that nothing past these bounds reaches the calendar
/// arithmetic, the store or the wheel. A real hotline never comes near them; a typo or a hostile file does.
public enum Limits {
    /// The most working days a deadline may name (policy targets, ladder steps, extensions, sign-off
    /// deadlines, `--deadline`): a full year. The longest real limit (a reopened supervision case) is
    /// a few months; anything longer is a typo, and a year of working days keeps every walk short.
    public static let mostWorkingDays: Int64 = 366

    /// The longest calendar or working-time duration, in seconds: 8,784 hours (366 days of 24 hours).
    /// Urgent limits are hours and ordinary ones days; a year is far beyond any of them.
    public static let longestDurationSeconds: Int64 = 366 * 86_400

    /// The years an instant written in an intake record, a command option or a configuration date may
    /// name. Hotline records start long after 2000; 2199 leaves two centuries of headroom while every
    /// computed deadline (at most a year and the calendar walk past it) still has a four-digit year the
    /// store and the parsers read back.
    public static let supportedYears: ClosedRange<Int> = 2000...2199

    /// How far past the instant it is recorded an event may be dated, in seconds: one day, for clock
    /// skew between the hotline's systems. A case's events must come in order, so one event dated in
    /// the future would refuse every later event of its case for good.
    public static let futureAllowanceSeconds: Int64 = 86_400

    /// The most years a calendar's `covers` may span: fifty. Holiday schedules are published a year
    /// ahead; fifty years of day tables is already far more than any deployment keeps.
    public static let widestCoveredYears = 50

    /// The latest year a deadline computation walks into. Past it a walk stops and the deadline falls
    /// due at its start, so that a calendar with almost no working time cannot make one walk run for
    /// centuries. The last supported year plus a year of working days on the sparsest calendar stays
    /// far below it.
    public static let computationHorizonYear = 2300

    /// The largest value of one intake field, in UTF-8 bytes: 4 KiB, over 1,300 Chinese characters, far
    /// beyond a reason or a unit name. Appeal text is personal data and never stored anyway.
    public static let largestFieldBytes = 4_096

    /// The longest intake line (a JSON line, or a CSV record with its quoted line breaks), in UTF-8
    /// bytes: 64 KiB, room for every field at its largest.
    public static let longestLineBytes = 65_536

    /// The largest intake file or standard input, in bytes: 256 MiB, about a million events, a year of a
    /// big city's hotline. Larger inputs are split, so that one ingest never holds gigabytes in memory.
    public static let largestInputBytes = 256 * 1_048_576

    /// The cases `casewatch demo --cases` may simulate: a week of a very large city's traffic.
    public static let demoCases: ClosedRange<Int> = 1...100_000

    /// The escalations `casewatch demo --show` may stream to the terminal (0 streams none).
    public static let demoShown: ClosedRange<Int> = 0...100_000

    /// The events `casewatch ingest --batch-size` may put in one transaction.
    public static let batchSizes: ClosedRange<Int> = 1...100_000

    /// The first instant past the computation horizon, in seconds since the epoch.
    static let horizonSeconds = Int64(LocalDate(year: computationHorizonYear + 1, month: 1, day: 1)!.dayNumber) * 86_400

    /// Why a calendar may not cover `years`, or nil when it may.
    public static func coveredYearsProblem(_ years: ClosedRange<Int>) -> String? {
        guard supportedYears.contains(years.lowerBound), supportedYears.contains(years.upperBound) else {
            return "covered years \(years.lowerBound)-\(years.upperBound) reach outside the years CaseWatch supports (\(supportedYears.lowerBound)-\(supportedYears.upperBound)); cover only the years whose holidays you know"
        }
        guard years.count <= widestCoveredYears else {
            return "covered years \(years.lowerBound)-\(years.upperBound) span \(years.count) years, more than the \(widestCoveredYears) a calendar may cover; cover only the years whose holidays you know"
        }
        return nil
    }

    /// `12,345`: a count with thousands separators, for the messages that name a bound.
    public static func grouped(_ value: some BinaryInteger) -> String {
        let digits = String(value.magnitude)
        var result = ""
        for (i, c) in digits.enumerated() {
            if i > 0, (digits.count - i) % 3 == 0 { result.append(",") }
            result.append(c)
        }
        return (value < 0 ? "-" : "") + result
    }

    /// Reads a whole number within `range`, saying "too large" or "too small" rather than "not a number"
    /// when the text is a number outside it.
    public static func wholeNumber(_ text: String, in range: ClosedRange<Int>) -> Result<Int, RangeProblem> {
        let trimmed = text.trimmingSpaces()
        let unsigned = trimmed.hasPrefix("-") || trimmed.hasPrefix("+") ? trimmed.dropFirst() : Substring(trimmed)
        guard !unsigned.isEmpty, unsigned.allSatisfy({ $0.isASCII && $0.isNumber }) else {
            return .failure(RangeProblem("'\(text)' is not a whole number; write one from \(grouped(range.lowerBound)) to \(grouped(range.upperBound))"))
        }
        guard let value = Int(trimmed) else {
            return .failure(RangeProblem("'\(text)' is too \(trimmed.hasPrefix("-") ? "small" : "large"); write a whole number from \(grouped(range.lowerBound)) to \(grouped(range.upperBound))"))
        }
        guard range.contains(value) else {
            return .failure(RangeProblem("\(grouped(value)) is too \(value < range.lowerBound ? "small" : "large"); write a whole number from \(grouped(range.lowerBound)) to \(grouped(range.upperBound))"))
        }
        return .success(value)
    }
}

/// Why a number is not within its bounds.
public struct RangeProblem: Error, Hashable, Sendable, CustomStringConvertible {
    /// What is wrong and how to write it instead.
    public let message: String

    /// Creates a problem.
    public init(_ message: String) { self.message = message }

    /// The message.
    public var description: String { message }
}
