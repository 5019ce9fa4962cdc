import CaseWatchCore
import CaseWatchTesting
import Testing

/// DESIGN.md §2, calendar time (`24h`, `30m`): wall-clock duration in which holidays and nights count.
@Suite("Calendar time")
struct CalendarTimeTests {
    let china: WorkCalendar

    init() throws {
        china = try CalendarFixtures.mainland2024()
    }

    func due(_ start: String, seconds: Int64) -> Deadline {
        china.deadline(from: china.at(start), adding: .calendar(seconds: seconds)!)
    }

    @Test func nightsAndWeekendsCount() {
        #expect(china.show(due("2024-10-18T20:00", seconds: 24 * 3600).due) == "2024-10-19T20:00:00+08:00")
        #expect(china.show(due("2024-10-18T23:50", seconds: 30 * 60).due) == "2024-10-19T00:20:00+08:00")
    }

    @Test func holidaysCount() {
        #expect(china.show(due("2024-09-30T18:00", seconds: 24 * 3600).due) == "2024-10-01T18:00:00+08:00")
        #expect(china.show(due("2024-10-01T00:00", seconds: 7 * 24 * 3600).due) == "2024-10-08T00:00:00+08:00")
    }

    @Test func leapDayCounts() {
        #expect(china.show(due("2024-02-28T12:00", seconds: 48 * 3600).due) == "2024-03-01T12:00:00+08:00")
    }

    @Test func neverProvisionalEvenPastTheCoveredYears() {
        let deadline = due("2024-12-31T12:00", seconds: 30 * 24 * 3600)
        #expect(china.show(deadline.due) == "2025-01-30T12:00:00+08:00")
        #expect(!deadline.provisional)
        #expect(deadline.countsWallTime)
        #expect(!due("2031-06-01T12:00", seconds: 3600).provisional)
    }

    @Test func measuredAsWallTime() {
        #expect(china.wallTime(from: china.at("2024-10-01T00:00"), to: china.at("2024-10-02T00:00")) == 86_400)
        #expect(china.wallTime(from: china.at("2024-10-02T00:00"), to: china.at("2024-10-01T00:00")) == 0)
    }
}
