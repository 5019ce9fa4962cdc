import CaseWatchCore
import CaseWatchTesting
import Testing

/// A work calendar refuses inconsistent rules, each with a message that says how to fix them.
@Suite("Calendar validation")
struct CalendarValidationTests {
    let w = FixtureLiterals.window

    func error(
        weekly: [Weekday: [WorkWindow]]? = nil, makeupWindows: [WorkWindow]? = nil,
        holidays: [String] = [], makeupDays: [String] = []
    ) -> CalendarError? {
        do {
            _ = try CalendarFixtures.calendar(
                zone: "Asia/Shanghai", weekly: weekly ?? CalendarFixtures.mondayToFriday(CalendarFixtures.governmentDay),
                makeupWindows: makeupWindows, holidays: holidays, makeupDays: makeupDays, years: 2024...2024
            )
            return nil
        } catch {
            return error
        }
    }

    @Test func overlappingWindows() {
        let found = error(weekly: [.monday: [w("13:00", "17:00"), w("09:00", "13:30")]])
        #expect(found == .overlappingWindows(.monday, w("09:00", "13:30"), w("13:00", "17:00")))
        #expect(found?.description.contains("overlap on mon") == true)
        #expect(error(makeupWindows: [w("09:00", "12:00"), w("11:00", "17:00")]) == .overlappingWindows(nil, w("09:00", "12:00"), w("11:00", "17:00")))
    }

    @Test func touchingWindowsAreAllowed() throws {
        #expect(error(weekly: [.monday: [w("09:00", "12:00"), w("12:00", "13:00")]]) == nil)
        let calendar = try CalendarFixtures.utc(years: 2024...2024, weekly: [.monday: [w("09:00", "12:00"), w("12:00", "13:00")]])
        let due = calendar.deadline(from: calendar.at("2024-06-03T11:00Z"), adding: .workingTime(seconds: 7200)!)
        #expect(due.due.description == "2024-06-03T13:00:00Z")
    }

    @Test func noWorkingWeekday() {
        #expect(error(weekly: [:]) == .noWorkingWeekday)
        #expect(error(weekly: [.monday: []]) == .noWorkingWeekday)
    }

    @Test func makeUpDayOnAWorkingWeekday() {
        #expect(error(makeupDays: ["2024-10-14"]) == .makeupDayOnWorkingWeekday(FixtureLiterals.date("2024-10-14")))
    }

    @Test func dateInBothLists() {
        #expect(error(holidays: ["2024-10-13"], makeupDays: ["2024-10-13"]) == .holidayAndMakeupDay(FixtureLiterals.date("2024-10-13")))
    }

    @Test func dateOutsideTheCoveredYears() {
        #expect(error(holidays: ["2025-01-01"]) == .dateOutsideCoveredYears(FixtureLiterals.date("2025-01-01"), 2024...2024))
        #expect(error(makeupDays: ["2023-12-31"]) == .dateOutsideCoveredYears(FixtureLiterals.date("2023-12-31"), 2024...2024))
    }

    @Test func makeUpDaysUseTheFirstWorkingWeekdaysWindowsUnlessGiven() throws {
        let china = try CalendarFixtures.mainland2024()
        #expect(china.windows(on: FixtureLiterals.date("2024-09-29")) == CalendarFixtures.governmentDay)
        #expect(china.windows(on: FixtureLiterals.date("2024-10-01")).isEmpty)
        let shortMakeup = try CalendarFixtures.calendar(
            zone: "Asia/Shanghai", weekly: CalendarFixtures.mondayToFriday(CalendarFixtures.governmentDay),
            makeupWindows: [w("09:00", "12:00")], makeupDays: ["2024-09-29"], years: 2024...2024
        )
        #expect(shortMakeup.windows(on: FixtureLiterals.date("2024-09-29")) == [w("09:00", "12:00")])
        let due = shortMakeup.deadline(from: shortMakeup.at("2024-09-28T10:00"), adding: .workingDays(1)!)
        #expect(shortMakeup.show(due.due) == "2024-09-29T12:00:00+08:00")
        #expect(due.budget == 3 * 3600)
    }

    @Test func theMainlandFixtureIsConsistent() throws {
        let china = try CalendarFixtures.mainland2024()
        #expect(china.covers(FixtureLiterals.date("2024-12-31")))
        #expect(!china.covers(FixtureLiterals.date("2025-01-01")))
        #expect(CalendarFixtures.mainland2024MakeupDays.allSatisfy { FixtureLiterals.date($0).weekday.isWeekend })
        #expect(china.holidays.count == 28)
    }
}
