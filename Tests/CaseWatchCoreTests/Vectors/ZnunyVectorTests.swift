import CaseWatchCore
import CaseWatchTesting
import Testing

/// Znuny/OTRS working-time arithmetic (`znuny/Znuny:scripts/test/DateTime/AddWorkingTime.t` and
/// `DeltaWorkingTime.t`), reproduced with equivalent calendars. Znuny's hour lists name whole hours:
/// `8To17` is 08:00–18:00, `8To12_14To17` is 08:00–13:00 and 14:00–18:00, `0To23` is the whole day.
/// Its default vacation days (Jan 1, May 1, Dec 24, 25, 26, 31) are holidays here.
@Suite("Anchor vectors: Znuny")
struct ZnunyVectorTests {
    static let years = 2013...2017
    static let allWeek = CalendarFixtures.everyDay(CalendarFixtures.allDay)
    static let eightToSeventeen = CalendarFixtures.mondayToFriday([FixtureLiterals.window("08:00", "18:00")])
    static let calendar9 = CalendarFixtures.mondayToFriday([
        FixtureLiterals.window("08:00", "13:00"), FixtureLiterals.window("14:00", "18:00"),
    ])

    static let vacationDays: [String] = years.flatMap { year in
        ["01-01", "05-01", "12-24", "12-25", "12-26", "12-31"].map { "\(year)-\($0)" }
    }

    static func znuny(_ zone: String, _ weekly: [Weekday: [WorkWindow]], vacations: Bool = true) throws -> WorkCalendar {
        try CalendarFixtures.calendar("znuny", zone: zone, weekly: weekly, holidays: vacations ? vacationDays : [], years: years)
    }

    static let day: Int64 = 24

    // MARK: AddWorkingTime

    @Test func O1() throws {
        let utc = try Self.znuny("UTC", Self.allWeek)
        #expect(Vector.add(utc, "2015-02-17 12:00:00", Vector.working(h: 730 * Self.day)) == "2017-02-28 12:00:00")
    }

    @Test func O2() throws {
        let utc = try Self.znuny("UTC", Self.allWeek)
        #expect(Vector.add(utc, "2015-02-17 12:00:00", Vector.working(h: 90 * Self.day)) == "2015-05-19 12:00:00")
    }

    @Test func O3() throws {
        let berlin = try Self.znuny("Europe/Berlin", Self.allWeek)
        #expect(Vector.add(berlin, "2015-02-17 12:00:00", Vector.working(h: 90 * Self.day + 1)) == "2015-05-19 14:00:00")
    }

    @Test func O4() throws {
        let utc = try Self.znuny("UTC", Self.allWeek)
        #expect(Vector.add(utc, "2015-02-21 22:00:00", Vector.working(h: 6)) == "2015-02-22 04:00:00")
    }

    @Test func O5() throws {
        let saoPaulo = try Self.znuny("America/Sao_Paulo", Self.allWeek)
        #expect(Vector.add(saoPaulo, "2015-02-21 22:00:00", Vector.working(h: 5)) == "2015-02-22 02:00:00")
    }

    @Test func O6() throws {
        let saoPaulo = try Self.znuny("America/Sao_Paulo", Self.allWeek)
        #expect(Vector.add(saoPaulo, "2015-10-17 22:00:00", Vector.working(h: 7)) == "2015-10-18 06:00:00")
    }

    @Test func O7() throws {
        let berlin = try Self.znuny("Europe/Berlin", Self.calendar9)
        let due = berlin.deadline(from: berlin.at("2015-03-27T11:00:00Z"), adding: Vector.working(h: 15)).due
        #expect(due.description == "2015-03-31T07:00:00Z")
    }

    @Test func O8() throws {
        let berlin = try Self.znuny("Europe/Berlin", Self.eightToSeventeen)
        #expect(Vector.add(berlin, "2016-01-31 12:25:30", Vector.working(h: 5)) == "2016-02-01 13:00:00")
    }

    @Test func O9() throws {
        let berlin = try Self.znuny("Europe/Berlin", Self.eightToSeventeen)
        #expect(Vector.add(berlin, "2016-02-01 16:59:30", Vector.working(h: 3, m: 30)) == "2016-02-02 10:29:30")
    }

    @Test func O10() throws {
        let berlin = try Self.znuny("Europe/Berlin", Self.calendar9)
        #expect(Vector.add(berlin, "2016-02-01 12:25:30", Vector.working(h: 5)) == "2016-02-02 08:25:30")
    }

    @Test func O11() throws {
        let berlin = try Self.znuny("Europe/Berlin", Self.calendar9)
        #expect(Vector.add(berlin, "2016-01-31 12:25:30", Vector.working(h: 45, m: 25, s: 30)) == "2016-02-08 08:25:30")
    }

    @Test func O12() throws {
        let berlin = try Self.znuny("Europe/Berlin", Self.calendar9)
        #expect(Vector.add(berlin, "2015-12-22 16:24:49", Vector.working(h: 20)) == "2015-12-29 08:24:49")
    }

    @Test func O13() throws {
        let berlin = try Self.znuny("Europe/Berlin", Self.eightToSeventeen)
        #expect(Vector.add(berlin, "2013-03-16 10:00:00", Vector.working(m: 1)) == "2013-03-18 08:01:00")
    }

    @Test func O14() throws {
        let tehran = try Self.znuny("Asia/Tehran", Self.eightToSeventeen)
        #expect(Vector.add(tehran, "2016-03-20 00:00:00", Vector.working(h: 5)) == "2016-03-21 13:00:00")
    }

    /// Znuny rejects `Years => 2` and `Hours => -2`; our duration parser rejects negative amounts and
    /// units it does not know.
    @Test(arguments: ["-2 working hours", "-2h", "2 years"])
    func O15(text: String) {
        #expect(throws: DurationParseError.self) { try DurationParser.parse(text) }
    }

    // MARK: DeltaWorkingTime

    @Test func O16() throws {
        let berlin = try Self.znuny("Europe/Berlin", Self.allWeek)
        #expect(berlin.workingTime(from: berlin.at("2015-12-23 08:10:15"), to: berlin.at("2015-12-28 17:10:14")) == 205_199)
    }

    @Test func O17() throws {
        let berlin = try Self.znuny("Europe/Berlin", Self.allWeek)
        #expect(berlin.workingTime(from: berlin.at("2015-12-28 17:10:14"), to: berlin.at("2015-12-23 08:10:15")) == 0)
    }

    @Test func O18() throws {
        let berlin = try Self.znuny("Europe/Berlin", Self.calendar9)
        #expect(berlin.workingTime(from: berlin.at("2015-03-27T11:00:00Z"), to: berlin.at("2015-03-31T07:00:00Z")) == 15 * 3600)
    }

    @Test func O19() throws {
        let berlin = try Self.znuny("Europe/Berlin", Self.calendar9)
        #expect(berlin.workingTime(from: berlin.at("2015-03-26T16:00:00Z"), to: berlin.at("2015-03-27T08:00:00Z")) == 2 * 3600)
    }

    @Test func O20() throws {
        let berlin = try Self.znuny("Europe/Berlin", Self.allWeek)
        #expect(berlin.workingTime(from: berlin.at("2016-03-26 22:24:39"), to: berlin.at("2016-03-28 23:24:39")) == 48 * 3600)
    }

    @Test func O21() throws {
        let berlin = try Self.znuny("Europe/Berlin", Self.allWeek, vacations: false)
        #expect(berlin.workingTime(from: berlin.at("2015-02-17 12:00:00"), to: berlin.at("2015-05-18 12:00:00")) == 2159 * 3600)
    }

    @Test func O22() throws {
        let berlin = try Self.znuny("Europe/Berlin", Self.calendar9)
        #expect(berlin.workingTime(from: berlin.at("2016-03-25 12:15:41"), to: berlin.at("2016-03-29 10:15:41")) == 16 * 3600)
    }

    @Test func O23() throws {
        let berlin = try Self.znuny("Europe/Berlin", Self.calendar9)
        #expect(berlin.workingTime(from: berlin.at("2016-03-25 08:15:41"), to: berlin.at("2016-03-25 14:15:41")) == 5 * 3600)
    }

    @Test func O24() throws {
        let berlin = try Self.znuny("Europe/Berlin", Self.calendar9)
        #expect(berlin.workingTime(from: berlin.at("2016-03-25 08:00:00"), to: berlin.at("2016-03-25 15:00:00")) == 6 * 3600)
    }

    /// Znuny4OTRS-EscalationSuspend on a 24/7 calendar: a 2 h solution time from 08:00, suspended
    /// 09:00–10:05, escalates at 11:05; while still suspended it shows 10:30 at 09:30 and 11:00 at 10:00.
    @Test func O25() throws {
        let utc = try CalendarFixtures.utc(years: 2024...2024, weekly: Self.allWeek)
        let start = utc.at("2024-06-03T08:00Z")
        func due(pausedUntil end: String) -> String {
            let pause = PauseSet([TimeSpan(start: utc.at("2024-06-03T09:00Z"), end: utc.at("2024-06-03T\(end)Z"))])
            return Vector.wall(utc.deadline(from: start, adding: Vector.working(h: 2), pauses: pause).due, in: utc)
        }
        #expect(due(pausedUntil: "10:05") == "2024-06-03 11:05:00")
        #expect(due(pausedUntil: "09:30") == "2024-06-03 10:30:00")
        #expect(due(pausedUntil: "10:00") == "2024-06-03 11:00:00")
    }
}
