import CaseWatchCore
import CaseWatchTesting
import Testing

/// RT::Extension::SLA and `Business::Hours` (`bestpractical/rt-extension-sla:t/*.t`,
/// `bestpractical/business-hours:t/*.t`), reproduced with equivalent calendars. RT's default business
/// hours are Monday–Friday 09:00–18:00; an `End` of 18:00 is exclusive, as our windows are.
///
/// Skipped, because RT's semantics differ from DESIGN.md §2 rather than its arithmetic:
/// - R1–R3, R11: they assert RT's "Starts" (the first business minute), which our clocks do not have:
///   a clock starts at the start instant, and the walk skips non-working time itself.
/// - R4, R10: StartImmediately and switching a ticket's SLA level are RT policy.
/// - R12–R16: they test which ticket events set or unset RT's Due (replies, owners, statuses).
@Suite("Anchor vectors: RT and Business::Hours")
struct RTVectorTests {
    static let rtDefault = CalendarFixtures.mondayToFriday([FixtureLiterals.window("09:00", "18:00")])

    static func calendar(_ zone: String, _ weekly: [Weekday: [WorkWindow]] = rtDefault, holidays: [String] = [], years: ClosedRange<Int>) throws -> WorkCalendar {
        try CalendarFixtures.calendar("rt", zone: zone, weekly: weekly, holidays: holidays, years: years)
    }

    static func due(_ calendar: WorkCalendar, _ created: String, _ duration: ClockDuration) -> String {
        calendar.deadline(from: calendar.at(created), adding: duration).due.description
    }

    @Test func B1() throws {
        // From Thursday 2015-01-01 00:00Z, as the vector's week from the epoch (also a Thursday).
        let gmt = try Self.calendar("UTC", years: 2015...2015)
        let start: Int64 = 1_420_070_400
        let week = gmt.workingTime(from: Instant(secondsSinceEpoch: start), to: Instant(secondsSinceEpoch: start + 7 * 86_400 - 1))
        #expect(week == 162_000)
    }

    @Test func B2() throws {
        let withBreak = CalendarFixtures.mondayToFriday([FixtureLiterals.window("09:00", "13:00"), FixtureLiterals.window("14:00", "18:00")])
        let gmt = try Self.calendar("UTC", withBreak, years: 2024...2024)
        #expect(gmt.workingTime(from: gmt.at("2024-06-03T00:00Z"), to: gmt.at("2024-06-10T00:00Z")) == 40 * 3600)
    }

    static let b34Holidays = ["2008-01-01", "2008-05-01", "2008-05-09", "2009-01-01", "2009-05-01", "2009-05-09"]

    /// `first_after(2008-12-31 23:59:59)` is the first business second: the first counted second of a
    /// one-second clock started then.
    @Test func B3() throws {
        let gmt = try Self.calendar("UTC", holidays: Self.b34Holidays, years: 2008...2009)
        let (_, timeline) = gmt.explainDeadline(from: gmt.at("2008-12-31T23:59:59Z"), adding: .workingTime(seconds: 1)!)
        let first = try #require(timeline.first { $0.kind == .counted })
        #expect(first.span.start.description == "2009-01-02T09:00:00Z")
    }

    @Test func B4() throws {
        let gmt = try Self.calendar("UTC", holidays: Self.b34Holidays, years: 2008...2009)
        #expect(Self.due(gmt, "2008-12-31T15:00Z", .workingTime(seconds: 8 * 3600)!) == "2009-01-02T14:00:00Z")
    }

    @Test func B5() throws {
        let gmt = try Self.calendar("UTC", years: 2024...2024)
        #expect(gmt.workingTime(from: gmt.at("2024-06-03T17:59:59Z"), to: gmt.at("2024-06-03T18:00:00Z")) == 1)
        #expect(gmt.workingTime(from: gmt.at("2024-06-03T18:00:00Z"), to: gmt.at("2024-06-03T18:00:01Z")) == 0)
    }

    /// Only the Due of R5 and R6 is compared: 60 business minutes from creation on a Sunday-only and a
    /// Monday-only calendar.
    @Test func R5() throws {
        let sunday = try Self.calendar("UTC", [.sunday: [FixtureLiterals.window("09:00", "17:00")]], years: 2007...2007)
        #expect(Self.due(sunday, "2007-01-01T00:00Z", .workingTime(seconds: 3600)!) == "2007-01-07T10:00:00Z")
    }

    @Test func R6() throws {
        let monday = try Self.calendar("UTC", [.monday: [FixtureLiterals.window("09:00", "17:00")]], years: 2007...2007)
        #expect(Self.due(monday, "2007-01-01T00:00Z", .workingTime(seconds: 3600)!) == "2007-01-01T10:00:00Z")
    }

    @Test func R7() throws {
        let newYork = try Self.calendar("America/New_York", years: 2007...2007)
        #expect(Self.due(newYork, "2007-01-01T22:00Z", .workingTime(seconds: 120 * 60)!) == "2007-01-02T15:00:00Z")
    }

    /// Created at 01:00 Moscow time: the walk starts counting at 09:00 (06:00Z), RT's "Starts".
    @Test func R8() throws {
        let moscow = try Self.calendar("Europe/Moscow", years: 2007...2007)
        let start = moscow.at("2007-01-01T22:00Z")
        #expect(Self.due(moscow, "2007-01-01T22:00Z", .workingTime(seconds: 120 * 60)!) == "2007-01-02T08:00:00Z")
        let (_, timeline) = moscow.explainDeadline(from: start, adding: .workingTime(seconds: 120 * 60)!)
        #expect(timeline.first { $0.kind == .counted }?.span.start.description == "2007-01-02T06:00:00Z")
    }

    /// 240 real minutes are calendar time: due four hours after creation.
    @Test func R9() throws {
        let gmt = try Self.calendar("UTC", years: 2007...2007)
        #expect(Self.due(gmt, "2007-01-01T00:00Z", .calendar(seconds: 240 * 60)!) == "2007-01-01T04:00:00Z")
    }
}
