import CaseWatchCore
import CaseWatchTesting
import Testing

/// DESIGN.md §2, provisional deadlines: reaching a year the calendar does not cover flags the deadline,
/// which is computed as if that year had no holidays.
@Suite("Provisional deadlines")
struct ProvisionalTests {
    let china: WorkCalendar

    init() throws {
        china = try CalendarFixtures.mainland2024()
    }

    func deadline(_ start: String, _ duration: ClockDuration) -> Deadline {
        china.deadline(from: china.at(start), adding: duration)
    }

    @Test func workingDaysReachingPastTheCoveredYearsAreProvisional() {
        let late = deadline("2024-12-30T10:00", .workingDays(5)!)
        // 2025-01-01 is taken as a working day because 2025's holidays are not known.
        #expect(china.show(late.due) == "2025-01-06T17:00:00+08:00")
        #expect(late.provisional)
    }

    @Test func workingDaysInsideTheCoveredYearsAreFinal() {
        #expect(!deadline("2024-12-27T10:00", .workingDays(1)!).provisional)
        #expect(!deadline("2024-12-30T10:00", .workingDays(1)!).provisional)
    }

    @Test func workingHoursDueOnTheLastCoveredDayAreFinal() {
        let edge = deadline("2024-12-31T16:00", .workingTime(seconds: 3600)!)
        #expect(china.show(edge.due) == "2024-12-31T17:00:00+08:00")
        #expect(!edge.provisional)
        let past = deadline("2024-12-31T16:00", .workingTime(seconds: 7200)!)
        #expect(china.show(past.due) == "2025-01-01T10:00:00+08:00")
        #expect(past.provisional)
    }

    @Test func startingBeforeTheCoveredYearsIsProvisional() {
        #expect(deadline("2023-12-28T10:00", .workingTime(seconds: 3600)!).provisional)
        #expect(deadline("2023-12-27T10:00", .workingDays(1)!).provisional)
    }

    /// The working days after a start on 2023-12-29 are looked for on 2023-12-30 and 31, whose rules are
    /// unknown (either could be a make-up day), so the deadline rests on an uncovered year.
    @Test func workingDaysSearchedThroughAnUncoveredYearAreProvisional() {
        let deadline = deadline("2023-12-29T10:00", .workingDays(1)!)
        #expect(china.show(deadline.due) == "2024-01-02T17:00:00+08:00")
        #expect(deadline.provisional)
    }

    /// The start day of a working-day deadline is never looked at, so its year does not matter.
    @Test func aStartDayInAnUncoveredYearDoesNotMakeWorkingDaysProvisional() {
        let deadline = deadline("2023-12-31T10:00", .workingDays(1)!)
        #expect(china.show(deadline.due) == "2024-01-02T17:00:00+08:00")
        #expect(!deadline.provisional)
    }

    @Test func farOutsideThePrecomputedTableTheArithmeticIsTheSame() {
        // 2030-06-03 is a Monday; the table covers 2023…2026 only.
        let far = deadline("2030-06-03T10:00", .workingDays(5)!)
        #expect(china.show(far.due) == "2030-06-10T17:00:00+08:00")
        #expect(far.provisional)
        #expect(far.budget == 5 * 7 * 3600)
        let hours = deadline("2030-06-07T16:00", .workingTime(seconds: 3 * 3600)!)
        #expect(china.show(hours.due) == "2030-06-10T11:00:00+08:00")
        #expect(china.workingTime(from: china.at("2019-01-07T00:00"), to: china.at("2019-01-14T00:00")) == 35 * 3600)
    }
}
