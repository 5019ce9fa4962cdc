/// The stretch of local dates an assessment covers: a month, a quarter, a year, or any from–to dates.
///
/// A period is read in the calendar's zone: it holds the cases first dispatched from 00:00 of `from`
/// up to (not including) 00:00 of the day after `to`.
public struct AssessmentPeriod: Hashable, Sendable, CustomStringConvertible {
    /// What kind of period it is, which also says what its previous period is.
    public enum Kind: Hashable, Sendable {
        /// A calendar month, e.g. `2026-11`.
        case month(year: Int, month: Int)
        /// A calendar quarter, e.g. `2026-Q4`.
        case quarter(year: Int, quarter: Int)
        /// A calendar year, e.g. `2026`.
        case year(Int)
        /// Any dates, both inclusive.
        case dates
    }

    /// The kind.
    public let kind: Kind
    /// The first local date.
    public let from: LocalDate
    /// The last local date (inclusive).
    public let to: LocalDate

    /// The period from `from` to `to` (inclusive); nil when `to` is before `from`.
    public init?(from: LocalDate, to: LocalDate) {
        guard from <= to else { return nil }
        self.init(kind: .dates, from: from, to: to)
    }

    private init(kind: Kind, from: LocalDate, to: LocalDate) {
        self.kind = kind
        self.from = from
        self.to = to
    }

    /// A month (1–12).
    public static func month(_ year: Int, _ month: Int) -> AssessmentPeriod {
        AssessmentPeriod(
            kind: .month(year: year, month: month), from: LocalDate(year: year, month: month, day: 1)!,
            to: LocalDate(year: year, month: month, day: LocalDate.daysIn(month: month, year: year))!
        )
    }

    /// A quarter (1–4).
    public static func quarter(_ year: Int, _ quarter: Int) -> AssessmentPeriod {
        let first = (quarter - 1) * 3 + 1
        return AssessmentPeriod(
            kind: .quarter(year: year, quarter: quarter), from: LocalDate(year: year, month: first, day: 1)!,
            to: LocalDate(year: year, month: first + 2, day: LocalDate.daysIn(month: first + 2, year: year))!
        )
    }

    /// A year.
    public static func year(_ year: Int) -> AssessmentPeriod {
        AssessmentPeriod(kind: .year(year), from: LocalDate(year: year, month: 1, day: 1)!, to: LocalDate(year: year, month: 12, day: 31)!)
    }

    /// Reads `2026-11` (a month), `2026-Q4` (a quarter) or `2026` (a year); nil for anything else.
    public static func parse(_ text: String) -> AssessmentPeriod? {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard let yearText = parts.first, yearText.count == 4, let year = Int(yearText), yearText.allSatisfy(\.isASCII) else { return nil }
        switch parts.count {
        case 1:
            return .year(year)
        case 2 where parts[1].count == 2 && parts[1].first == "Q":
            guard let quarter = Int(parts[1].dropFirst()), (1...4).contains(quarter) else { return nil }
            return .quarter(year, quarter)
        case 2 where parts[1].count == 2 && parts[1].allSatisfy(\.isASCII):
            guard let month = Int(parts[1]), (1...12).contains(month) else { return nil }
            return .month(year, month)
        default:
            return nil
        }
    }

    /// The period of the same kind just before this one (nil for from–to dates).
    public var previous: AssessmentPeriod? {
        switch kind {
        case let .month(year, month): month == 1 ? .month(year - 1, 12) : .month(year, month - 1)
        case let .quarter(year, quarter): quarter == 1 ? .quarter(year - 1, 4) : .quarter(year, quarter - 1)
        case let .year(year): .year(year - 1)
        case .dates: nil
        }
    }

    /// Up to `count` earlier periods of the same kind, oldest first (none for from–to dates).
    public func earlier(_ count: Int) -> [AssessmentPeriod] {
        var periods: [AssessmentPeriod] = []
        var period = previous
        while let current = period, periods.count < count {
            periods.insert(current, at: 0)
            period = current.previous
        }
        return periods
    }

    /// The instant the period starts: 00:00 of `from` in `zone`.
    public func start(in zone: ZoneRules) -> Instant {
        zone.instant(dayNumber: from.dayNumber, secondOfDay: 0)
    }

    /// The instant the period ends (exclusive): 00:00 of the day after `to` in `zone`.
    public func end(in zone: ZoneRules) -> Instant {
        zone.instant(dayNumber: to.dayNumber + 1, secondOfDay: 0)
    }

    /// `2026-11`, `2026-Q4`, `2026`, or `2026-11-03..2026-11-20`.
    public var description: String {
        switch kind {
        case let .month(year, month): "\(pad(year, 4))-\(pad(month, 2))"
        case let .quarter(year, quarter): "\(pad(year, 4))-Q\(quarter)"
        case let .year(year): pad(year, 4)
        case .dates: "\(from)..\(to)"
        }
    }
}
