import CaseWatchCore
import CaseWatchTesting
import Testing

/// Zammad's SLA arithmetic (`zammad/zammad:test/unit/ticket_sla_test.rb`, and on a 24/7 calendar
/// `spec/lib/escalation/destination_time_spec.rb`, `period_working_minutes_spec.rb`), reproduced with
/// equivalent Europe/Berlin calendars. Creation times and expectations are in UTC.
///
/// Skipped: Z8 and Z10 test ticket-state rules (a closed ticket or an SLA that no longer applies has no
/// escalation), not clock arithmetic.
@Suite("Anchor vectors: Zammad")
struct ZammadVectorTests {
    static func berlin(_ weekly: [Weekday: [WorkWindow]], holidays: [String] = []) throws -> WorkCalendar {
        try CalendarFixtures.calendar("zammad", zone: "Europe/Berlin", weekly: weekly, holidays: holidays, years: 2013...2015)
    }

    static let nineToFive = CalendarFixtures.mondayToFriday([FixtureLiterals.window("09:00", "17:00")])
    static let eightToSix = CalendarFixtures.mondayToFriday([FixtureLiterals.window("08:00", "18:00")])
    static let everyDayEightToFive = CalendarFixtures.everyDay([FixtureLiterals.window("08:00", "17:00")])
    static let everyDayNineToSix = CalendarFixtures.everyDay([FixtureLiterals.window("09:00", "18:00")])

    /// The due instant in UTC of `minutes` working minutes from `created`.
    static func due(_ calendar: WorkCalendar, _ created: String, minutes: Int64, pauses: PauseSet = .none) -> String {
        calendar.deadline(from: calendar.at(created), adding: .workingTime(seconds: minutes * 60)!, pauses: pauses).due.description
    }

    static func pauses(_ calendar: WorkCalendar, _ spans: [(String, String)]) -> PauseSet {
        PauseSet(spans.map { TimeSpan(start: calendar.at($0.0), end: calendar.at($0.1)) })
    }

    @Test func Z1() throws {
        let calendar = try Self.berlin(Self.nineToFive)
        let firstResponse = Self.due(calendar, "2013-03-21T09:30Z", minutes: 60)
        #expect(firstResponse == "2013-03-21T10:30:00Z")
        #expect(Self.due(calendar, "2013-03-21T09:30Z", minutes: 240) == "2013-03-21T13:30:00Z")
        // The legacy update column counted from creation too, so its arithmetic is the same.
        #expect(Self.due(calendar, "2013-03-21T09:30Z", minutes: 180) == "2013-03-21T12:30:00Z")
        // escalation_at is the earliest of the three.
        #expect([60, 180, 240].map { Self.due(calendar, "2013-03-21T09:30Z", minutes: $0) }.min() == "2013-03-21T10:30:00Z")
    }

    @Test func Z2() throws {
        let calendar = try Self.berlin(Self.nineToFive)
        #expect(Self.due(calendar, "2013-03-21T09:30Z", minutes: 120) == "2013-03-21T11:30:00Z")
        #expect(Self.due(calendar, "2013-03-21T09:30Z", minutes: 240) == "2013-03-21T13:30:00Z")
    }

    @Test func Z3() throws {
        let calendar = try Self.berlin(Self.eightToSix)
        #expect(Self.due(calendar, "2013-03-21T09:30Z", minutes: 60) == "2013-03-21T10:30:00Z")
        #expect(Self.due(calendar, "2013-03-21T09:30Z", minutes: 180) == "2013-03-21T12:30:00Z")
    }

    /// Z4–Z7 measure the working time from creation to the first response or close on the Z3 calendar.
    @Test(arguments: [
        ("Z4", "2013-03-21T10:00Z", Int64(30), Int64(60)),
        ("Z5", "2013-03-21T14:00Z", 270, 60),
        ("Z6", "2013-03-21T11:30Z", 120, 180),
        ("Z7", "2013-03-21T13:00Z", 210, 180),
    ])
    func Z4toZ7(vector: String, at: String, minutes: Int64, target: Int64) throws {
        let calendar = try Self.berlin(Self.eightToSix)
        let taken = calendar.workingTime(from: calendar.at("2013-03-21T09:30Z"), to: calendar.at(at)) / 60
        #expect(taken == minutes, "\(vector)")
        let diff: [String: Int64] = ["Z4": 30, "Z5": -210, "Z6": 60, "Z7": -30]
        #expect(target - taken == diff[vector], "\(vector)")
    }

    /// An email at night answered at 08:00:03 the next morning took 0 working minutes (3 seconds).
    @Test func Z9() throws {
        let calendar = try Self.berlin(Self.eightToSix)
        let taken = calendar.workingTime(from: calendar.at("2013-03-28T23:49Z"), to: calendar.at("2013-03-29T07:00:03Z"))
        #expect(taken == 3)
        #expect(taken / 60 == 0)
        #expect(60 - taken / 60 == 60)
    }

    @Test func Z11() throws {
        let calendar = try Self.berlin(Self.everyDayEightToFive)
        #expect(Self.due(calendar, "2013-03-21T09:30Z", minutes: 120) == "2013-03-21T11:30:00Z")
        #expect(Self.due(calendar, "2013-03-21T09:30Z", minutes: 240) == "2013-03-21T13:30:00Z")
    }

    @Test func Z12() throws {
        let calendar = try Self.berlin(Self.everyDayEightToFive)
        #expect(Self.due(calendar, "2013-10-21T09:30Z", minutes: 120) == "2013-10-21T11:30:00Z")
        #expect(Self.due(calendar, "2013-10-21T09:30Z", minutes: 240) == "2013-10-21T13:30:00Z")
    }

    @Test func Z13() throws {
        let calendar = try Self.berlin(Self.everyDayEightToFive)
        #expect(Self.due(calendar, "2013-10-21T05:30Z", minutes: 120) == "2013-10-21T08:00:00Z")
        #expect(Self.due(calendar, "2013-10-21T05:30Z", minutes: 240) == "2013-10-21T10:00:00Z")
    }

    /// Only the active holiday (2015-09-22) is a holiday; the inactive 2015-09-23 is a working day. The
    /// holiday without an `active` key (2015-09-24) lies after both deadlines and cannot change them.
    @Test func Z14() throws {
        let calendar = try Self.berlin(Self.everyDayEightToFive, holidays: ["2015-09-22"])
        #expect(Self.due(calendar, "2015-09-21T14:30Z", minutes: 120) == "2015-09-23T07:30:00Z")
        #expect(Self.due(calendar, "2015-09-21T14:30Z", minutes: 240) == "2015-09-23T09:30:00Z")
    }

    /// A pending reminder 10:00–10:30 pauses the clock.
    @Test func Z15() throws {
        let calendar = try Self.berlin(Self.everyDayNineToSix)
        let pending = Self.pauses(calendar, [("2013-06-04T10:00Z", "2013-06-04T10:30Z")])
        #expect(Self.due(calendar, "2013-06-04T09:00Z", minutes: 120, pauses: pending) == "2013-06-04T11:30:00Z")
        #expect(Self.due(calendar, "2013-06-04T09:00Z", minutes: 250, pauses: pending) == "2013-06-04T13:40:00Z")
        let created = calendar.at("2013-06-04T09:00Z")
        let firstResponse = calendar.workingTime(from: created, to: calendar.at("2013-06-04T10:45Z"), pauses: pending) / 60
        #expect(firstResponse == 75)
        #expect(120 - firstResponse == 45)
        let close = calendar.workingTime(from: created, to: calendar.at("2013-06-04T12:00Z"), pauses: pending) / 60
        #expect(close == 150)
        #expect(250 - close == 100)
    }

    /// Pending 09:30–09:45 and closed 10:00–10:30 both pause the clock.
    @Test func Z16() throws {
        let calendar = try Self.berlin(Self.everyDayNineToSix)
        let paused = Self.pauses(calendar, [("2013-06-04T09:30Z", "2013-06-04T09:45Z"), ("2013-06-04T10:00Z", "2013-06-04T10:30Z")])
        #expect(Self.due(calendar, "2013-06-04T09:00Z", minutes: 120, pauses: paused) == "2013-06-04T11:45:00Z")
    }

    @Test func Z17() throws {
        let calendar = try Self.berlin(Self.everyDayNineToSix)
        let pending = Self.pauses(calendar, [("2013-06-04T10:00Z", "2013-06-04T15:00Z")])
        #expect(Self.due(calendar, "2013-06-04T09:00Z", minutes: 120, pauses: pending) == "2013-06-04T16:00:00Z")
    }

    // MARK: 24/7 calendar with pauses (t in minutes: new at 0, open at 60, pending close at 90, closed at 120)

    static func t(_ minutes: Int64) -> Instant {
        Instant(secondsSinceEpoch: 1_717_200_000 + minutes * 60)  // 2024-06-01T00:00Z
    }

    static func clock() throws -> WorkCalendar {
        try CalendarFixtures.utc(years: 2024...2024, weekly: CalendarFixtures.everyDay(CalendarFixtures.allDay))
    }

    /// Pending close pauses the clock from t=90 until it closes at t=120.
    static let pendingClose = PauseSet([TimeSpan(start: t(90), end: t(120))])

    /// For measuring, the closed ticket stays paused after t=120; the touching pauses merge.
    static let pendingThenClosed = PauseSet([TimeSpan(start: t(90), end: t(120)), TimeSpan(start: t(120), end: t(100_000))])

    static func destination(from start: Int64, minutes: Int64) throws -> Int64 {
        let due = try clock().deadline(from: t(start), adding: .workingTime(seconds: minutes * 60)!, pauses: pendingClose).due
        return due.seconds(since: t(0)) / 60
    }

    /// Working minutes between two instants of the ticket's life: the clock starts at creation (t=0).
    static func workingMinutes(from: Int64, to: Int64) throws -> Int64 {
        try clock().workingTime(from: max(t(from), t(0)), to: t(to), pauses: pendingThenClosed) / 60
    }

    @Test func Z18() throws { #expect(try Self.destination(from: 0, minutes: 30) == 30) }
    @Test func Z19() throws { #expect(try Self.destination(from: 75, minutes: 30) == 135) }
    @Test func Z20() throws { #expect(try Self.destination(from: 120, minutes: 30) == 150) }
    @Test func Z21() throws { #expect(try Self.workingMinutes(from: 0, to: 120 + 120) == 90) }
    @Test func Z22() throws { #expect(try Self.workingMinutes(from: -7 * 1440, to: 120 + 7 * 1440) == 90) }
    @Test func Z23() throws { #expect(try Self.workingMinutes(from: 30, to: 120) == 60) }
    @Test func Z24() throws { #expect(try Self.workingMinutes(from: 0, to: 30) == 30) }
}
