import CaseWatchCore
import CaseWatchTesting
import Testing

/// DESIGN.md §2, due instant: the earliest instant at which the budget is used up, and a reply at that
/// instant is on time.
@Suite("Due instant")
struct DueInstantRuleTests {
    let china: WorkCalendar

    init() throws {
        china = try CalendarFixtures.mainland2024()
    }

    func due(_ start: String, workingHours hours: Double) -> String {
        let duration = ClockDuration.workingTime(seconds: Int64(hours * 3600))!
        return china.show(china.deadline(from: china.at(start), adding: duration).due)
    }

    @Test func threeWorkingHoursFromNineAreDueAtNoon() {
        #expect(due("2024-10-14T09:00", workingHours: 3) == "2024-10-14T12:00:00+08:00")
    }

    @Test func aWholeDaysBudgetIsDueAtFiveNotNextMorning() {
        #expect(due("2024-10-14T09:00", workingHours: 7) == "2024-10-14T17:00:00+08:00")
        #expect(due("2024-10-14T13:00", workingHours: 4) == "2024-10-14T17:00:00+08:00")
    }

    @Test func lunchAndNightsDoNotCount() {
        #expect(due("2024-10-14T09:00", workingHours: 4) == "2024-10-14T14:00:00+08:00")
        #expect(due("2024-10-14T10:00", workingHours: 3) == "2024-10-14T14:00:00+08:00")
        #expect(due("2024-10-14T12:30", workingHours: 1) == "2024-10-14T14:00:00+08:00")
        #expect(due("2024-10-14T16:00", workingHours: 2) == "2024-10-15T10:00:00+08:00")
        #expect(due("2024-10-14T16:00", workingHours: 3.5) == "2024-10-15T11:30:00+08:00")
    }

    @Test func startAtNightCountsFromNextMorning() {
        #expect(due("2024-10-14T20:00", workingHours: 2) == "2024-10-15T11:00:00+08:00")
        #expect(due("2024-10-15T03:00", workingHours: 2) == "2024-10-15T11:00:00+08:00")
    }

    @Test func startOnAHolidayOrAtTheWeekendCountsFromTheNextWorkingDay() {
        #expect(due("2024-10-03T10:00", workingHours: 2) == "2024-10-08T11:00:00+08:00")
        #expect(due("2024-09-30T16:00", workingHours: 2) == "2024-10-08T10:00:00+08:00")
        #expect(due("2024-09-28T10:00", workingHours: 2) == "2024-09-29T11:00:00+08:00")
    }

    @Test func acrossTheYearBoundaryAndTheLeapDay() throws {
        let calendar = try CalendarFixtures.shanghai(holidays: ["2025-01-01"], years: 2024...2025)
        let deadline = calendar.deadline(from: calendar.at("2024-12-31T16:00"), adding: .workingTime(seconds: 7200)!)
        #expect(calendar.show(deadline.due) == "2025-01-02T10:00:00+08:00")
        #expect(due("2024-02-28T16:00", workingHours: 2) == "2024-02-29T10:00:00+08:00")
        #expect(due("2024-02-29T16:00", workingHours: 8) == "2024-03-01T17:00:00+08:00")
    }

    @Test func aReplyAtTheDueInstantIsOnTime() {
        let start = china.at("2024-10-14T10:00")
        let deadline = china.deadline(from: start, adding: .workingTime(seconds: 3 * 3600)!)
        let reply = china.at("2024-10-14T14:00")
        #expect(deadline.due == reply)
        #expect(reply <= deadline.due)
        #expect(china.workingTime(from: start, to: reply) == deadline.budget)
        #expect(china.workingTime(from: start, to: reply.adding(seconds: -1)) == deadline.budget - 1)
    }
}
