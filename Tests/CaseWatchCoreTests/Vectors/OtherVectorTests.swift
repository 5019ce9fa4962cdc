import CaseWatchCore
import CaseWatchTesting
import Testing

/// Anchors from GLPI, Jira Service Management and Zendesk, reproduced with equivalent UTC calendars.
///
/// Skipped: PD1 (PagerDuty) is an on-call rotation with timeouts, not deadline arithmetic.
@Suite("Anchor vectors: GLPI, JSM, Zendesk")
struct OtherVectorTests {
    /// GLPI: Monday–Friday 08:00–18:00, time to own 4 h, escalation 1 working hour before the deadline.
    @Test(arguments: [
        ("2024-06-03T10:00Z", "2024-06-03T14:00:00Z", "2024-06-03T13:00:00Z"),
        ("2024-06-03T17:00Z", "2024-06-04T11:00:00Z", "2024-06-04T10:00:00Z"),
    ])
    func G1(created: String, deadline expected: String, escalation: String) throws {
        let glpi = try CalendarFixtures.utc(years: 2024...2024, weekly: CalendarFixtures.mondayToFriday([FixtureLiterals.window("08:00", "18:00")]))
        let deadline = glpi.deadline(from: glpi.at(created), adding: .workingTime(seconds: 4 * 3600)!)
        #expect(deadline.due.description == expected)
        let early = glpi.deadline(consuming: deadline.budget - 3600, of: deadline)
        #expect(early.due.description == escalation)
    }

    /// JSM: weekday-specific hours; 16 h from Monday 11:00 is 6 h Monday, 7 h Tuesday, 3 h Thursday.
    @Test func J1() throws {
        let jsm = try CalendarFixtures.utc(years: 2024...2024, weekly: [
            .monday: [FixtureLiterals.window("09:00", "17:00")],
            .tuesday: [FixtureLiterals.window("09:00", "16:00")],
            .thursday: [FixtureLiterals.window("08:00", "17:00")],
        ])
        let deadline = jsm.deadline(from: jsm.at("2024-06-03T11:00Z"), adding: .workingTime(seconds: 16 * 3600)!)
        #expect(deadline.due.description == "2024-06-06T11:00:00Z")
    }

    /// Zendesk fires "96 hours since solved" on the hourly run after it; the due instant itself is 96
    /// calendar hours after solving, which is what CaseWatch schedules.
    @Test func ZD1() throws {
        let utc = try CalendarFixtures.utc(years: 2024...2024, weekly: CalendarFixtures.mondayToFriday(CalendarFixtures.governmentDay))
        let deadline = utc.deadline(from: utc.at("2024-08-20T09:15Z"), adding: .calendar(seconds: 96 * 3600)!)
        #expect(deadline.due.description == "2024-08-24T09:15:00Z")
    }
}
