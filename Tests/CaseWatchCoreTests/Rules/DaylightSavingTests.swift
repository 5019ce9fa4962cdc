import CaseWatchCore
import CaseWatchTesting
import Testing

/// Calendars in zones with daylight saving time: Berlin switched on 2024-03-31 (02:00 → 03:00) and
/// 2024-10-27 (03:00 → 02:00); New York on 2024-03-10 and 2024-11-03.
@Suite("Daylight saving time")
struct DaylightSavingTests {
    let berlin: WorkCalendar
    let berlinAllDay: WorkCalendar

    init() throws {
        berlin = try CalendarFixtures.berlin(years: 2024...2024)
        berlinAllDay = try CalendarFixtures.berlin(years: 2024...2024, weekly: CalendarFixtures.everyDay(CalendarFixtures.allDay))
    }

    func due(_ calendar: WorkCalendar, _ start: String, _ duration: ClockDuration) -> String {
        calendar.show(calendar.deadline(from: calendar.at(start), adding: duration).due)
    }

    @Test func calendarHoursAcrossSpringForwardAreElapsedHours() {
        let day = ClockDuration.calendar(seconds: 24 * 3600)!
        #expect(due(berlin, "2024-03-30T12:00", day) == "2024-03-31T13:00:00+02:00")
        let deadline = berlin.deadline(from: berlin.at("2024-03-30T12:00"), adding: day)
        #expect(deadline.due.seconds(since: berlin.at("2024-03-30T12:00")) == 24 * 3600)
    }

    @Test func calendarHoursAcrossFallBackAreElapsedHours() {
        let day = ClockDuration.calendar(seconds: 24 * 3600)!
        #expect(due(berlin, "2024-10-26T12:00", day) == "2024-10-27T11:00:00+01:00")
    }

    @Test func calendarHoursInNewYork() throws {
        let newYork = try CalendarFixtures.newYork(years: 2024...2024)
        let day = ClockDuration.calendar(seconds: 24 * 3600)!
        #expect(due(newYork, "2024-03-09T12:00", day) == "2024-03-10T13:00:00-04:00")
        #expect(due(newYork, "2024-11-02T12:00", day) == "2024-11-03T11:00:00-05:00")
    }

    @Test func workingHoursAcrossBothSwitchesKeepTheWallClockWindows() {
        let hours = ClockDuration.workingTime(seconds: 2 * 3600)!
        #expect(due(berlin, "2024-03-29T16:00", hours) == "2024-04-01T10:00:00+02:00")
        #expect(due(berlin, "2024-10-25T16:00", hours) == "2024-10-28T10:00:00+01:00")
        #expect(berlin.workingTime(from: berlin.at("2024-03-25T00:00"), to: berlin.at("2024-04-08T00:00")) == 10 * 7 * 3600)
        #expect(berlin.workingTime(from: berlin.at("2024-10-21T00:00"), to: berlin.at("2024-11-04T00:00")) == 10 * 7 * 3600)
    }

    @Test func workingDaysAcrossBothSwitches() {
        let one = ClockDuration.workingDays(1)!
        #expect(due(berlin, "2024-03-29T10:00", one) == "2024-04-01T17:00:00+02:00")
        #expect(due(berlin, "2024-10-25T10:00", one) == "2024-10-28T17:00:00+01:00")
        #expect(berlin.deadline(from: berlin.at("2024-03-29T10:00"), adding: one).budget == 7 * 3600)
    }

    @Test func allDayWindowsCountTheElapsedHoursOfShortAndLongDays() {
        #expect(berlinAllDay.workingTime(from: berlinAllDay.at("2024-03-31T00:00"), to: berlinAllDay.at("2024-04-01T00:00")) == 23 * 3600)
        #expect(berlinAllDay.workingTime(from: berlinAllDay.at("2024-10-27T00:00"), to: berlinAllDay.at("2024-10-28T00:00")) == 25 * 3600)
        #expect(due(berlinAllDay, "2024-03-30T12:00", .workingTime(seconds: 24 * 3600)!) == "2024-03-31T13:00:00+02:00")
        let shortDay = berlinAllDay.deadline(from: berlinAllDay.at("2024-03-30T12:00"), adding: .workingDays(1)!)
        #expect(berlinAllDay.show(shortDay.due) == "2024-04-01T00:00:00+02:00")
        #expect(shortDay.budget == 23 * 3600)
    }

    /// Windows are read on the wall clock: the skipped hour holds no working time, and a window that
    /// ends inside it stops at the switch.
    @Test func windowsAroundTheSkippedHour() throws {
        let night = try CalendarFixtures.berlin(years: 2024...2024, weekly: [
            .sunday: [FixtureLiterals.window("01:00", "02:30")],
            .monday: [FixtureLiterals.window("02:30", "04:00")],
        ])
        let sunday = night.workingTime(from: night.at("2024-03-31T00:00"), to: night.at("2024-04-01T00:00"))
        #expect(sunday == 3600, "01:00–02:00 happen; 02:00–02:30 never does")
        let late = try CalendarFixtures.berlin(years: 2024...2024, weekly: [.sunday: [FixtureLiterals.window("02:30", "04:00")]])
        let lateSunday = late.workingTime(from: late.at("2024-03-31T00:00"), to: late.at("2024-04-01T00:00"))
        #expect(lateSunday == 3600, "the wall clock reads 03:00–04:00 inside the window")
        let due = late.deadline(from: late.at("2024-03-30T12:00"), adding: .workingTime(seconds: 1800)!)
        #expect(late.show(due.due) == "2024-03-31T03:30:00+02:00")
    }

    /// When clocks go back, the repeated wall times happen twice and count twice.
    @Test func windowsAroundTheRepeatedHour() throws {
        let night = try CalendarFixtures.berlin(years: 2024...2024, weekly: [.sunday: [FixtureLiterals.window("02:00", "02:30")]])
        let sunday = night.workingTime(from: night.at("2024-10-27T00:00"), to: night.at("2024-10-28T00:00"))
        #expect(sunday == 3600)
        let due = night.deadline(from: night.at("2024-10-26T12:00"), adding: .workingTime(seconds: 2700)!)
        #expect(night.show(due.due) == "2024-10-27T02:15:00+01:00")
    }
}
