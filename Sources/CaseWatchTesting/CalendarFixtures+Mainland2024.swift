import CaseWatchCore

extension CalendarFixtures {
    /// The 2024 public holidays of mainland China (国务院办公厅 schedule), whole-day closures.
    public static let mainland2024Holidays: [String] = [
        "2024-01-01",
        "2024-02-10", "2024-02-11", "2024-02-12", "2024-02-13",
        "2024-02-14", "2024-02-15", "2024-02-16", "2024-02-17",
        "2024-04-04", "2024-04-05", "2024-04-06",
        "2024-05-01", "2024-05-02", "2024-05-03", "2024-05-04", "2024-05-05",
        "2024-06-10",
        "2024-09-15", "2024-09-16", "2024-09-17",
        "2024-10-01", "2024-10-02", "2024-10-03", "2024-10-04",
        "2024-10-05", "2024-10-06", "2024-10-07",
    ]

    /// The 2024 make-up working days (调休) of mainland China, all weekend days.
    public static let mainland2024MakeupDays: [String] = [
        "2024-02-04", "2024-02-18", "2024-04-07", "2024-04-28",
        "2024-05-11", "2024-09-14", "2024-09-29", "2024-10-12",
    ]

    /// The Shanghai government calendar for 2024, with the year's holidays and make-up days.
    public static func mainland2024() throws(CalendarError) -> WorkCalendar {
        try shanghai(holidays: mainland2024Holidays, makeupDays: mainland2024MakeupDays, years: 2024...2024)
    }
}
