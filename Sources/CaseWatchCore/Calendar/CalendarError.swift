/// Why a set of calendar rules cannot form a ``WorkCalendar``.
public enum CalendarError: Error, Hashable, Sendable, CustomStringConvertible {
    /// Two windows of the same day share time.
    case overlappingWindows(Weekday?, WorkWindow, WorkWindow)
    /// No weekday has any working window, so no deadline could ever fall due.
    case noWorkingWeekday
    /// A make-up working day falls on a day that is already a working weekday.
    case makeupDayOnWorkingWeekday(LocalDate)
    /// A date is listed both as a holiday and as a make-up working day.
    case holidayAndMakeupDay(LocalDate)
    /// A holiday or make-up day lies outside the years the calendar says it covers.
    case dateOutsideCoveredYears(LocalDate, ClosedRange<Int>)
    /// The covered years reach outside ``Limits/supportedYears`` or span more than ``Limits/widestCoveredYears``.
    case coveredYearsOutOfBounds(ClosedRange<Int>)

    /// A sentence saying what is wrong and how to fix it.
    public var description: String {
        switch self {
        case let .overlappingWindows(day, a, b):
            let which = day.map { "on \($0)" } ?? "on make-up working days"
            return "working windows \(a) and \(b) overlap \(which); make them disjoint, e.g. 09:00-12:00 and 13:00-17:00"
        case .noWorkingWeekday:
            return "no weekday has a working window; list the working weekdays and their windows"
        case let .makeupDayOnWorkingWeekday(date):
            return "make-up working day \(date) is a \(date.weekday), already a working day; a make-up day must be a rest day such as a weekend day"
        case let .holidayAndMakeupDay(date):
            return "\(date) is listed both as a holiday and as a make-up working day; keep it in one list"
        case let .dateOutsideCoveredYears(date, years):
            return "\(date) lies outside the covered years \(years.lowerBound)-\(years.upperBound); widen 'covers' or remove the date"
        case let .coveredYearsOutOfBounds(years):
            return Limits.coveredYearsProblem(years) ?? "covered years \(years.lowerBound)-\(years.upperBound) are out of bounds"
        }
    }
}
