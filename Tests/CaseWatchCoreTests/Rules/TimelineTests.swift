import CaseWatchCore
import CaseWatchTesting
import Testing

/// The explained timeline of a deadline: the start day, nights and rest days, pauses and counted time.
@Suite("Deadline timeline")
struct TimelineTests {
    @Test func aWorkingDayDeadlineWithAPause() throws {
        let china = try CalendarFixtures.mainland2024()
        let pause = PauseSet([TimeSpan(start: china.at("2024-10-15T11:00"), end: china.at("2024-10-15T14:00"))])
        let (deadline, timeline) = china.explainDeadline(from: china.at("2024-10-14T10:00"), adding: .workingDays(1)!, pauses: pause)
        #expect(china.show(deadline.due) == "2024-10-16T11:00:00+08:00")
        let shown = timeline.map { "\($0.kind.rawValue) \(china.show($0.span.start).dropFirst(5).prefix(11))" }
        #expect(shown == [
            "start-day 10-14T10:00",
            "non-working 10-15T00:00",
            "counted 10-15T09:00",
            "paused 10-15T11:00",
            "non-working 10-15T12:00",
            "paused 10-15T13:00",
            "counted 10-15T14:00",
            "non-working 10-15T17:00",
            "counted 10-16T09:00",
        ])
        #expect(timeline.last?.span.end == deadline.due)
    }
}
