import CaseWatchConfig
import CaseWatchTesting
import Testing

/// The fixture calendar with one line changed, checked together with the fixture policy.
private func checkCalendar(line: Int, _ text: String) throws -> [String] {
    try Fixtures.check(calendar: Fixtures.replacing(line: line, of: Fixtures.calendar, with: text))
}

@Test func overlappingWindowsPointAtTheLaterWindow() throws {
    let diagnostics = try checkCalendar(line: 6, #"windows: ["09:00-12:00", "11:00-13:00"]"#)
    expectOnly(diagnostics, at: "calendar.yaml:6:26", containing: "09:00-12:00 and 11:00-13:00 overlap")
}

@Test func makeupDayOnAWeekdayPointsAtItsDate() throws {
    let diagnostics = try checkCalendar(line: 11, "  - {date: 2024-09-30, name: National Day}")
    expectOnly(diagnostics, at: "calendar.yaml:11:12", containing: "2024-09-30 is a mon, already a working day")
}

@Test func dateBothHolidayAndMakeupDayPointsAtTheMakeupEntry() throws {
    let diagnostics = try checkCalendar(line: 9, "  - {date: 2024-09-29, name: National Day}")
    expectOnly(diagnostics, at: "calendar.yaml:11:12", containing: "2024-09-29 is listed both as a holiday and as a make-up working day")
}

@Test func invalidDateSaysWhy() throws {
    let diagnostics = try checkCalendar(line: 8, "  - {date: 2023-02-29, name: National Day}")
    expectOnly(diagnostics, at: "calendar.yaml:8:12", containing: "'2023-02-29' is not a date: 2023-02 has 28 days")
}

@Test func repeatedDateInAListPointsAtTheRepeat() throws {
    let diagnostics = try checkCalendar(line: 9, "  - {date: 2024-10-01, name: National Day}")
    expectOnly(diagnostics, at: "calendar.yaml:9:12", containing: "2024-10-01 is listed twice in holidays (first on line 8)")
}

@Test func dateOutsideTheCoveredYearsIsReported() throws {
    let diagnostics = try checkCalendar(line: 9, "  - {date: 2025-10-01, name: National Day}")
    expectOnly(diagnostics, at: "calendar.yaml:9:12", containing: "outside the covered years 2024-2024")
}

@Test func unknownZoneAndBackwardsYearsAreReported() throws {
    expectOnly(try checkCalendar(line: 3, "zone: Asia/Shangai"), at: "calendar.yaml:3:7", containing: "unknown time zone 'Asia/Shangai'")
    expectOnly(try checkCalendar(line: 4, "covers: {from: 2025, to: 2024}"), at: "calendar.yaml:4:16", containing: "'from' must not be after 'to'")
}

@Test func badWindowsAndWeekdaysAreEachReported() throws {
    let windows = try checkCalendar(line: 6, #"windows: ["9-12", "17:00-13:00"]"#)
    #expect(windows.count == 2, "\(windows)")
    expect(windows, at: "calendar.yaml:6:11", containing: "expected a working window written HH:MM-HH:MM")
    expect(windows, at: "calendar.yaml:6:19", containing: "'17:00-13:00' ends before it starts")
    let weekdays = try checkCalendar(line: 5, "workweek: [mon, tue, wed, thu, fr]")
    expectOnly(weekdays, at: "calendar.yaml:5:32", containing: "unknown weekday 'fr'; did you mean 'fri'?")
}

@Test func weekdayWindowsReplaceTheDefaultOnThatDayOnly() throws {
    let directory = try TemporaryDirectory()
    let text = Fixtures.calendar + #"weekday_windows: {fri: ["09:00-12:00", "13:00-16:00"]}"# + "\n"
    let calendar = try ConfigLoader.loadCalendar(at: try directory.write("calendar.yaml", text))
    #expect(calendar.weeklyWindows[.friday]?.map(\.description) == ["09:00-12:00", "13:00-16:00"])
    #expect(calendar.weeklyWindows[.thursday]?.map(\.description) == ["09:00-12:00", "13:00-17:00"])
    #expect(calendar.weeklyWindows[.saturday] == nil)
    let onRestDay = try checkCalendar(line: 12, #"weekday_windows: {sat: ["09:00-12:00"]}"#)
    expectOnly(onRestDay, at: "calendar.yaml:12:19", containing: "'sat', which is not in workweek")
}
