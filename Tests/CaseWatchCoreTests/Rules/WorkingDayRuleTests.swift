import CaseWatchCore
import CaseWatchTesting
import Testing

/// DESIGN.md §2, working days: make-up days count, holidays do not, and the start day never counts.
@Suite("Working days (次日起 N 个工作日)")
struct WorkingDayRuleTests {
    let china: WorkCalendar

    init() throws {
        china = try CalendarFixtures.mainland2024()
    }

    func due(_ start: String, _ days: Int) -> String {
        china.show(china.deadline(from: china.at(start), adding: .workingDays(days)!).due)
    }

    @Test func makeUpSundayCounts() {
        #expect(china.isWorkingDay(FixtureLiterals.date("2024-09-29")))
        #expect(due("2024-09-27T16:00", 1) == "2024-09-29T17:00:00+08:00")
        #expect(due("2024-09-28T10:00", 1) == "2024-09-29T17:00:00+08:00")
    }

    @Test func makeUpSaturdayCounts() {
        #expect(due("2024-10-11T10:00", 1) == "2024-10-12T17:00:00+08:00")
    }

    @Test func holidaysInsideAWeekDoNotCount() {
        #expect(!china.isWorkingDay(FixtureLiterals.date("2024-10-01")))
        #expect(due("2024-09-30T10:00", 1) == "2024-10-08T17:00:00+08:00")
        #expect(due("2024-09-27T16:00", 3) == "2024-10-08T17:00:00+08:00")
        #expect(due("2024-10-03T10:00", 1) == "2024-10-08T17:00:00+08:00")
    }

    @Test("the start day never counts, whatever the hour", arguments: [
        "00:00:00", "00:00:01", "08:59:59", "09:00", "12:30", "16:59:59", "17:00", "23:59", "23:59:59",
    ])
    func startDayNeverCounts(time: String) {
        #expect(due("2024-10-14T\(time)", 1) == "2024-10-15T17:00:00+08:00")
        #expect(due("2024-10-14T\(time)", 5) == "2024-10-21T17:00:00+08:00")
    }

    @Test func startOnARestDayCountsFromTheNextWorkingDay() {
        #expect(due("2024-10-19T11:00", 1) == "2024-10-21T17:00:00+08:00")
        #expect(due("2024-10-05T03:00", 2) == "2024-10-09T17:00:00+08:00")
    }

    @Test func dueAtTheEndOfTheLastWindowNotTheNextMorning() {
        let deadline = china.deadline(from: china.at("2024-10-18T15:00"), adding: .workingDays(1)!)
        #expect(china.show(deadline.due) == "2024-10-21T17:00:00+08:00")
        #expect(deadline.budget == 7 * 3600)
        #expect(china.show(deadline.clockStart) == "2024-10-19T00:00:00+08:00")
    }

    @Test func budgetIsTheWorkingTimeOfTheFollowingDays() {
        let deadline = china.deadline(from: china.at("2024-10-14T10:00"), adding: .workingDays(5)!)
        #expect(deadline.budget == 5 * 7 * 3600)
        #expect(china.workingTime(from: deadline.clockStart, to: deadline.due) == deadline.budget)
    }

    @Test func acrossTheYearBoundary() throws {
        let calendar = try CalendarFixtures.shanghai(holidays: ["2025-01-01"], years: 2024...2025)
        let deadline = calendar.deadline(from: calendar.at("2024-12-31T10:00"), adding: .workingDays(1)!)
        #expect(calendar.show(deadline.due) == "2025-01-02T17:00:00+08:00")
        #expect(!deadline.provisional)
        let fromFriday = calendar.deadline(from: calendar.at("2024-12-27T18:00"), adding: .workingDays(3)!)
        #expect(calendar.show(fromFriday.due) == "2025-01-02T17:00:00+08:00")
    }

    @Test func acrossTheLeapDay() {
        #expect(due("2024-02-28T10:00", 1) == "2024-02-29T17:00:00+08:00")
        #expect(due("2024-02-29T10:00", 1) == "2024-03-01T17:00:00+08:00")
        #expect(due("2024-02-27T10:00", 3) == "2024-03-01T17:00:00+08:00")
    }

    /// The budget is the working time of the days after the start date, so it depends on which days those
    /// are. With a long Monday, a short Tuesday and Monday suspended, a case started on Sunday must spend
    /// Monday's 8 hours after the pause (due Wednesday), while one started later, on Monday, only has
    /// Tuesday's hour to spend (due Tuesday). DESIGN.md §2 implies this; it is not monotonic in the start.
    @Test func aLaterStartCanFallDueEarlierWithPauses() throws {
        let uneven = try CalendarFixtures.utc(years: 2024...2024, weekly: [
            .monday: [FixtureLiterals.window("09:00", "17:00")],
            .tuesday: [FixtureLiterals.window("09:00", "10:00")],
            .wednesday: [FixtureLiterals.window("09:00", "17:00")],
        ])
        let monday = PauseSet([TimeSpan(start: uneven.at("2024-06-03T00:00Z"), end: uneven.at("2024-06-04T00:00Z"))])
        let fromSunday = uneven.deadline(from: uneven.at("2024-06-02T10:00Z"), adding: .workingDays(1)!, pauses: monday)
        let fromMonday = uneven.deadline(from: uneven.at("2024-06-03T10:00Z"), adding: .workingDays(1)!, pauses: monday)
        #expect(fromSunday.due.description == "2024-06-05T16:00:00Z")
        #expect(fromMonday.due.description == "2024-06-04T10:00:00Z")
    }

    @Test func springFestivalWithMakeUpSundays() {
        // Feb 10–17 are holidays; Sunday Feb 4 and Sunday Feb 18 are make-up days.
        #expect(due("2024-02-02T10:00", 1) == "2024-02-04T17:00:00+08:00")
        #expect(due("2024-02-09T10:00", 1) == "2024-02-18T17:00:00+08:00")
        #expect(due("2024-02-09T10:00", 2) == "2024-02-19T17:00:00+08:00")
    }
}
