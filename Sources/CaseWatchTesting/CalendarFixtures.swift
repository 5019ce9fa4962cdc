import CaseWatchCore

/// Ready-made work calendars for tests: Shanghai, Berlin, New York and UTC with given windows,
/// holidays and make-up days.
///
/// Dates are written `YYYY-MM-DD`; every date must lie in `years`, as ``WorkCalendar`` requires.
public enum CalendarFixtures {
    /// 09:00–12:00 and 13:00–17:00: the default government working day (7 hours).
    public static let governmentDay: [WorkWindow] = [
        FixtureLiterals.window("09:00", "12:00"), FixtureLiterals.window("13:00", "17:00"),
    ]

    /// 00:00–24:00: a calendar that counts every second of the day.
    public static let allDay: [WorkWindow] = [FixtureLiterals.window("00:00", "24:00")]

    /// The same windows on Monday to Friday, none at the weekend.
    public static func mondayToFriday(_ windows: [WorkWindow]) -> [Weekday: [WorkWindow]] {
        Dictionary(uniqueKeysWithValues: Weekday.allCases.filter { !$0.isWeekend }.map { ($0, windows) })
    }

    /// The same windows on all seven days.
    public static func everyDay(_ windows: [WorkWindow]) -> [Weekday: [WorkWindow]] {
        Dictionary(uniqueKeysWithValues: Weekday.allCases.map { ($0, windows) })
    }

    /// A calendar in any zone.
    public static func calendar(
        _ name: String = "fixture",
        zone: String,
        weekly: [Weekday: [WorkWindow]],
        makeupWindows: [WorkWindow]? = nil,
        holidays: [String] = [],
        makeupDays: [String] = [],
        years: ClosedRange<Int>
    ) throws(CalendarError) -> WorkCalendar {
        try WorkCalendar(
            name: name,
            zone: FixtureLiterals.zone(zone),
            weeklyWindows: weekly,
            makeupWindows: makeupWindows,
            holidays: Dictionary(uniqueKeysWithValues: holidays.map { (FixtureLiterals.date($0), "holiday") }),
            makeupDays: Dictionary(uniqueKeysWithValues: makeupDays.map { (FixtureLiterals.date($0), "make-up") }),
            coveredYears: years
        )
    }

    /// An Asia/Shanghai calendar, by default Monday–Friday 09:00–12:00 and 13:00–17:00.
    public static func shanghai(
        holidays: [String] = [],
        makeupDays: [String] = [],
        years: ClosedRange<Int>,
        weekly: [Weekday: [WorkWindow]] = mondayToFriday(governmentDay)
    ) throws(CalendarError) -> WorkCalendar {
        try calendar(
            "shanghai", zone: "Asia/Shanghai", weekly: weekly,
            holidays: holidays, makeupDays: makeupDays, years: years
        )
    }

    /// A Europe/Berlin calendar, by default Monday–Friday 09:00–12:00 and 13:00–17:00.
    public static func berlin(
        holidays: [String] = [],
        years: ClosedRange<Int>,
        weekly: [Weekday: [WorkWindow]] = mondayToFriday(governmentDay)
    ) throws(CalendarError) -> WorkCalendar {
        try calendar("berlin", zone: "Europe/Berlin", weekly: weekly, holidays: holidays, years: years)
    }

    /// An America/New_York calendar, by default Monday–Friday 09:00–12:00 and 13:00–17:00.
    public static func newYork(
        holidays: [String] = [],
        years: ClosedRange<Int>,
        weekly: [Weekday: [WorkWindow]] = mondayToFriday(governmentDay)
    ) throws(CalendarError) -> WorkCalendar {
        try calendar("new-york", zone: "America/New_York", weekly: weekly, holidays: holidays, years: years)
    }

    /// A UTC calendar with the given windows.
    public static func utc(
        holidays: [String] = [],
        years: ClosedRange<Int>,
        weekly: [Weekday: [WorkWindow]]
    ) throws(CalendarError) -> WorkCalendar {
        try calendar("utc", zone: "UTC", weekly: weekly, holidays: holidays, years: years)
    }
}
