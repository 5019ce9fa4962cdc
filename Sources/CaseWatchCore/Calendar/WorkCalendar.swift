/// A government work calendar: a time zone, daily working windows per weekday, holidays, make-up working
/// days (调休) and the years whose schedule it knows.
///
/// A day is a working day when it is a make-up working day, or a weekday with windows that is not a
/// holiday. Days in years the calendar does not cover are computed as if they had no holidays, and any
/// deadline that touches them is flagged provisional.
public struct WorkCalendar: Sendable {
    /// The calendar's name, e.g. `cn-mainland`.
    public let name: String
    /// The zone whose wall clock the windows are read in.
    public let zone: ZoneRules
    /// The working windows of each weekday; a weekday without windows is a rest day.
    public let weeklyWindows: [Weekday: [WorkWindow]]
    /// The windows of a make-up working day.
    public let makeupWindows: [WorkWindow]
    /// Holidays, with their names.
    public let holidays: [LocalDate: String]
    /// Make-up working days, with the holiday they make up for.
    public let makeupDays: [LocalDate: String]
    /// The years whose holidays and make-up days are known.
    public let coveredYears: ClosedRange<Int>

    let rules: DayRules
    let table: DayTable

    /// Creates a calendar, checking that its rules are consistent.
    ///
    /// - Throws: ``CalendarError`` for overlapping windows, a calendar without working weekdays, a make-up
    ///   day on a working weekday, a date in both lists, or a date outside the covered years.
    public init(
        name: String,
        zone: ZoneRules,
        weeklyWindows: [Weekday: [WorkWindow]],
        makeupWindows: [WorkWindow]? = nil,
        holidays: [LocalDate: String] = [:],
        makeupDays: [LocalDate: String] = [:],
        coveredYears: ClosedRange<Int>
    ) throws(CalendarError) {
        guard Limits.coveredYearsProblem(coveredYears) == nil else { throw .coveredYearsOutOfBounds(coveredYears) }
        let weekly = weeklyWindows.mapValues { $0.sorted { $0.start < $1.start } }
        for day in Weekday.allCases {
            try Self.checkDisjoint(weekly[day] ?? [], on: day)
        }
        guard weekly.values.contains(where: { !$0.isEmpty }) else { throw .noWorkingWeekday }
        let makeup = (makeupWindows ?? Self.defaultMakeupWindows(weekly)).sorted { $0.start < $1.start }
        try Self.checkDisjoint(makeup, on: nil)
        for date in (holidays.keys.sorted() + makeupDays.keys.sorted())
        where !coveredYears.contains(date.year) {
            throw .dateOutsideCoveredYears(date, coveredYears)
        }
        for date in makeupDays.keys.sorted() {
            if holidays[date] != nil { throw .holidayAndMakeupDay(date) }
            if !(weekly[date.weekday] ?? []).isEmpty { throw .makeupDayOnWorkingWeekday(date) }
        }
        self.name = name
        self.zone = zone
        self.weeklyWindows = weekly
        self.makeupWindows = makeup
        self.holidays = holidays
        self.makeupDays = makeupDays
        self.coveredYears = coveredYears
        let rules = DayRules(
            zone: zone,
            weekly: Weekday.allCases.map { weekly[$0] ?? [] },
            makeup: makeup,
            holidays: Set(holidays.keys.map(\.dayNumber)),
            makeupDays: Set(makeupDays.keys.map(\.dayNumber)),
            coveredDays: LocalDate(year: coveredYears.lowerBound, month: 1, day: 1)!.dayNumber
                ... LocalDate(year: coveredYears.upperBound, month: 12, day: 31)!.dayNumber
        )
        self.rules = rules
        self.table = DayTable(rules: rules, years: (coveredYears.lowerBound - 1)...(coveredYears.upperBound + 2))
    }

    /// Whether the date is a working day (make-up day, or a weekday with windows that is no holiday).
    public func isWorkingDay(_ date: LocalDate) -> Bool {
        rules.isWorkingDay(date.dayNumber)
    }

    /// The working windows of a date in local wall time (empty on rest days and holidays).
    public func windows(on date: LocalDate) -> [WorkWindow] {
        rules.localWindows(date.dayNumber)
    }

    /// Whether the calendar knows the holidays of the date's year.
    public func covers(_ date: LocalDate) -> Bool {
        coveredYears.contains(date.year)
    }

    private static func checkDisjoint(_ windows: [WorkWindow], on day: Weekday?) throws(CalendarError) {
        for (a, b) in zip(windows, windows.dropFirst()) where a.overlaps(b) {
            throw .overlappingWindows(day, a, b)
        }
    }

    /// The windows of the first working weekday, used on make-up days when none are given.
    private static func defaultMakeupWindows(_ weekly: [Weekday: [WorkWindow]]) -> [WorkWindow] {
        Weekday.allCases.lazy.compactMap { weekly[$0] }.first { !$0.isEmpty } ?? []
    }
}
