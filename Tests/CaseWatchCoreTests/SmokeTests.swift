import CaseWatchCore
import Testing

@Test func makeUpSundayCountsAndGoldenWeekDoesNot() throws {
    let zone = try #require(ZoneRules(identifier: "Asia/Shanghai"))
    let windows = [WorkWindow(start: 9 * 3600, end: 12 * 3600)!, WorkWindow(start: 13 * 3600, end: 17 * 3600)!]
    var weekly: [Weekday: [WorkWindow]] = [:]
    for day in Weekday.allCases where !day.isWeekend { weekly[day] = windows }
    var holidays: [LocalDate: String] = [:]
    for d in 1...7 { holidays[LocalDate(year: 2024, month: 10, day: d)!] = "National Day" }
    let calendar = try WorkCalendar(
        name: "t", zone: zone, weeklyWindows: weekly, holidays: holidays,
        makeupDays: [LocalDate(year: 2024, month: 9, day: 29)!: "National Day"], coveredYears: 2024...2024
    )
    let start = try InstantParser.parse("2024-09-27T16:00", zone: zone)
    let due = calendar.deadline(from: start, adding: .workingDays(3)!)
    #expect(InstantFormatter.format(due.due, in: zone) == "2024-10-08T17:00:00+08:00")
    #expect(!due.provisional)
    let hours = calendar.deadline(from: try InstantParser.parse("2024-10-08T09:00", zone: zone), adding: .workingTime(seconds: 3 * 3600)!)
    #expect(InstantFormatter.format(hours.due, in: zone) == "2024-10-08T12:00:00+08:00")
}
