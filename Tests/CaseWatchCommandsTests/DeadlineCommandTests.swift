import Foundation
import Testing

@Suite struct DeadlineCommandTests {
    let calendar = CommandHarness.calendar

    @Test func printsTheDueInstantWithTheCalendarsOffset() {
        let result = CommandHarness.run(["deadline", "--from", "2024-10-14T09:00:00+08:00", "--add", "3 working hours", "--calendar", calendar])
        #expect(result.exitCode == 0)
        #expect(result.out == "2024-10-14T12:00:00+08:00\n")
        #expect(result.err.isEmpty)
    }

    @Test func workingDaysSkipNationalDayAndCountTheMakeUpSunday() {
        // Fri 2024-09-27: Sun 09-29 is a make-up working day, 10-01..07 is National Day.
        let result = CommandHarness.run(["deadline", "--from", "2024-09-27T16:00", "--add", "3 working days", "--calendar", calendar])
        #expect(result.out == "2024-10-08T17:00:00+08:00\n")
    }

    @Test func pausesAddBackTheWorkingTimeTheyCover() {
        let result = CommandHarness.run([
            "deadline", "--from", "2024-10-14T09:00", "--add", "3 working hours", "--calendar", calendar,
            "--pause", "2024-10-14T10:00/2024-10-14T11:00", "--pause", "2024-10-14T10:30/2024-10-14T11:30",
        ])
        #expect(result.out == "2024-10-14T14:30:00+08:00\n")
    }

    @Test func jsonExplainsCountedPausedAndNonWorkingTime() throws {
        let result = CommandHarness.run([
            "deadline", "--from", "2024-10-14T16:00", "--add", "2 working hours", "--calendar", calendar,
            "--pause", "2024-10-15T09:00/2024-10-15T09:30", "--json",
        ])
        #expect(result.exitCode == 0)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.out.utf8)) as? [String: Any])
        #expect(object["due"] as? String == "2024-10-15T10:30:00+08:00")
        #expect(object["provisional"] as? Bool == false)
        #expect(object["counted_seconds"] as? Int == 7200)
        #expect(object["paused_seconds"] as? Int == 1800)
        #expect(object["non_working_seconds"] as? Int == 16 * 3600)
        let kinds = (object["timeline"] as? [[String: Any]])?.compactMap { $0["kind"] as? String }
        #expect(kinds == ["counted", "non-working", "paused", "counted"])
    }

    @Test func beyondTheCoveredYearsIsProvisionalWithAWarning() throws {
        let text = CommandHarness.run(["deadline", "--from", "2026-12-25T10:00", "--add", "15 working days", "--calendar", calendar])
        #expect(text.exitCode == 0)
        #expect(text.out.hasSuffix("(provisional)\n"))
        #expect(text.err.contains("warning:"))
        #expect(text.err.contains("provisional"))
        let json = CommandHarness.run(["deadline", "--from", "2026-12-25T10:00", "--add", "15 working days", "--calendar", calendar, "--json"])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.out.utf8)) as? [String: Any])
        #expect(object["provisional"] as? Bool == true)
    }

    @Test func calendarTimeIsNeverProvisional() {
        let result = CommandHarness.run(["deadline", "--from", "2026-12-31T20:00", "--add", "24h", "--calendar", calendar])
        #expect(result.out == "2027-01-01T20:00:00+08:00\n")
        #expect(result.err.isEmpty)
    }

    @Test(arguments: [
        (["--from", "2024-13-01T09:00", "--add", "1h"], "--from"),
        (["--from", "yesterday", "--add", "1h"], "not an ISO 8601 instant"),
        (["--from", "2024-10-14T09:00", "--add", "5 wrking days"], "did you mean 'working days'"),
        (["--from", "2024-10-14T09:00", "--add", "0 working days"], "must be positive"),
        (["--from", "2024-10-14T09:00", "--add=-2h"], "must be positive"),
        (["--from", "2024-10-14T09:00", "--add", "1h", "--pause", "2024-10-14T11:00/2024-10-14T10:00"], "ends before it starts"),
        (["--from", "2024-10-14T09:00", "--add", "1h", "--pause", "2024-10-14T11:00"], "<start>/<end>"),
    ])
    func badInputIsRefusedWithAClearError(arguments: [String], fragment: String) {
        let result = CommandHarness.run(["deadline"] + arguments + ["--calendar", calendar])
        #expect(result.exitCode != 0)
        #expect(result.out.isEmpty)
        #expect(result.err.contains(fragment))
    }

    @Test func aMissingCalendarFileIsAClearError() {
        let result = CommandHarness.run(["deadline", "--from", "2024-10-14T09:00", "--add", "1h", "--calendar", "/nonexistent/cal.yaml"])
        #expect(result.exitCode != 0)
        #expect(result.err.contains("/nonexistent/cal.yaml"))
    }
}
