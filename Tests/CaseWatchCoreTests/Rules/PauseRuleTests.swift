import CaseWatchCore
import CaseWatchTesting
import Testing

/// DESIGN.md §2, pauses: half-open, merged when they overlap or touch, ignored before the clock starts,
/// and adding back exactly the counted time they cover.
@Suite("Pauses (挂起)")
struct PauseRuleTests {
    let china: WorkCalendar

    init() throws {
        china = try CalendarFixtures.mainland2024()
    }

    func span(_ a: String, _ b: String) -> TimeSpan {
        TimeSpan(start: china.at(a), end: china.at(b))
    }

    func due(_ start: String, _ duration: ClockDuration, _ pauses: [TimeSpan]) -> String {
        china.show(china.deadline(from: china.at(start), adding: duration, pauses: PauseSet(pauses)).due)
    }

    @Test func overlappingAndTouchingPausesMerge() {
        let pauses = PauseSet([
            span("2024-10-14T11:00", "2024-10-14T14:00"),
            span("2024-10-14T10:00", "2024-10-14T10:30"),
            span("2024-10-14T10:30", "2024-10-14T10:45"),
            span("2024-10-14T13:00", "2024-10-14T15:00"),
            span("2024-10-14T16:00", "2024-10-14T16:00"),
        ])
        #expect(pauses.spans == [span("2024-10-14T10:00", "2024-10-14T10:45"), span("2024-10-14T11:00", "2024-10-14T15:00")])
        #expect(pauses.contains(china.at("2024-10-14T10:00")))
        #expect(!pauses.contains(china.at("2024-10-14T10:45")))
    }

    @Test func mergedPausesGiveTheSameDeadlineAsTheirUnion() {
        let pieces = [
            span("2024-10-14T10:00", "2024-10-14T10:30"),
            span("2024-10-14T10:30", "2024-10-14T11:00"),
            span("2024-10-14T10:15", "2024-10-14T10:45"),
        ]
        let union = [span("2024-10-14T10:00", "2024-10-14T11:00")]
        let hours = ClockDuration.workingTime(seconds: 3 * 3600)!
        #expect(due("2024-10-14T09:00", hours, pieces) == due("2024-10-14T09:00", hours, union))
        #expect(due("2024-10-14T09:00", hours, union) == "2024-10-14T14:00:00+08:00")
    }

    @Test func aPauseBeforeTheStartIsIgnored() {
        let hours = ClockDuration.workingTime(seconds: 3 * 3600)!
        #expect(due("2024-10-14T09:00", hours, [span("2024-10-11T09:00", "2024-10-11T17:00")]) == "2024-10-14T12:00:00+08:00")
        #expect(due("2024-10-14T09:00", hours, [span("2024-10-14T08:00", "2024-10-14T09:00")]) == "2024-10-14T12:00:00+08:00")
    }

    @Test func onlyThePartOfAPauseAfterTheStartCounts() {
        let hours = ClockDuration.workingTime(seconds: 3 * 3600)!
        #expect(due("2024-10-14T09:00", hours, [span("2024-10-14T08:00", "2024-10-14T10:00")]) == "2024-10-14T14:00:00+08:00")
    }

    @Test func aStartInsideAPauseWaitsForItsEnd() {
        let hours = ClockDuration.workingTime(seconds: 2 * 3600)!
        #expect(due("2024-10-14T10:00", hours, [span("2024-10-14T09:30", "2024-10-14T15:00")]) == "2024-10-14T17:00:00+08:00")
    }

    @Test func aPauseAddsBackOnlyTheWorkingTimeItCovers() {
        let hours = ClockDuration.workingTime(seconds: 3 * 3600)!
        // Over lunch and over the night: nothing to add back.
        #expect(due("2024-10-14T10:00", hours, [span("2024-10-14T12:00", "2024-10-14T13:00")]) == "2024-10-14T14:00:00+08:00")
        #expect(due("2024-10-14T16:00", hours, [span("2024-10-14T17:00", "2024-10-15T09:00")]) == "2024-10-15T11:00:00+08:00")
        // 11:30–13:30 covers 1 working hour.
        #expect(due("2024-10-14T10:00", hours, [span("2024-10-14T11:30", "2024-10-14T13:30")]) == "2024-10-14T15:00:00+08:00")
    }

    @Test func aPauseOnAWorkingDayDeadline() {
        // A whole working day suspended pushes the due instant back by exactly one working day.
        let days = ClockDuration.workingDays(2)!
        #expect(due("2024-10-14T10:00", days, []) == "2024-10-16T17:00:00+08:00")
        #expect(due("2024-10-14T10:00", days, [span("2024-10-15T00:00", "2024-10-16T00:00")]) == "2024-10-17T17:00:00+08:00")
        // Paused on the start day only: the start day never counts anyway.
        #expect(due("2024-10-14T10:00", days, [span("2024-10-14T10:00", "2024-10-14T23:00")]) == "2024-10-16T17:00:00+08:00")
    }

    @Test func aPauseOnACalendarClockAddsBackWallTime() {
        let day = ClockDuration.calendar(seconds: 24 * 3600)!
        #expect(due("2024-10-14T10:00", day, [span("2024-10-14T22:00", "2024-10-15T02:00")]) == "2024-10-15T14:00:00+08:00")
        #expect(due("2024-10-14T10:00", day, [span("2024-10-13T22:00", "2024-10-14T12:00")]) == "2024-10-15T12:00:00+08:00")
    }

    @Test func measuringLeavesOutPauses() {
        let pauses = PauseSet([span("2024-10-14T10:00", "2024-10-14T11:00"), span("2024-10-14T10:30", "2024-10-14T14:00")])
        #expect(china.workingTime(from: china.at("2024-10-14T09:00"), to: china.at("2024-10-14T17:00"), pauses: pauses) == 4 * 3600)
        #expect(china.wallTime(from: china.at("2024-10-14T09:00"), to: china.at("2024-10-14T17:00"), pauses: pauses) == 4 * 3600)
    }
}
