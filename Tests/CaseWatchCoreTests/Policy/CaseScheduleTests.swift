import CaseWatchCore
import CaseWatchTesting
import Testing

/// A case's deadlines and ladder instants under the fixture policy on the 2024 mainland calendar.
@Suite("Case schedule")
struct CaseScheduleTests {
    typealias F = PolicyFixture
    let china: WorkCalendar
    let policy: Policy

    init() throws {
        china = try CalendarFixtures.mainland2024()
        policy = try F.policy()
    }

    func schedule(_ start: String, category: String? = nil, urgency: Urgency = F.normal, pauses: [(String, String)] = []) throws -> CaseSchedule {
        try CaseSchedule(
            policy: policy, calendar: china, category: category.map { CaseCategory($0)! }, urgency: urgency,
            start: china.at(start), pauses: PauseSet(pauses.map { TimeSpan(start: china.at($0.0), end: china.at($0.1)) })
        )
    }

    func tier(_ schedule: CaseSchedule, _ name: TierName) throws -> ScheduledTier {
        try #require(schedule.tiers.first { $0.tier.name == name })
    }

    @Test func warningAtEightyPercentOfFiveWorkingDaysIsTwentyEightWorkingHours() throws {
        let schedule = try schedule("2024-10-14T10:00")
        let resolve = try #require(schedule.deadlines[.resolve])
        #expect(china.show(resolve.due) == "2024-10-21T17:00:00+08:00")
        #expect(china.show(resolve.clockStart) == "2024-10-15T00:00:00+08:00")
        let warning = try tier(schedule, .warning)
        let twentyEight = china.deadline(from: resolve.clockStart, adding: .workingTime(seconds: 28 * 3600)!)
        #expect(warning.due == twentyEight.due)
        #expect(china.show(warning.due) == "2024-10-18T17:00:00+08:00")
        #expect(china.workingTime(from: resolve.clockStart, to: warning.due) == 28 * 3600)
    }

    @Test func overdueIsTheResolveDeadline() throws {
        for start in ["2024-10-14T10:00", "2024-09-27T16:00", "2024-02-08T09:00", "2024-12-20T23:59"] {
            let schedule = try schedule(start, pauses: [("2024-10-16T10:00", "2024-10-17T15:00")])
            #expect(try tier(schedule, .overdue).due == schedule.deadlines[.resolve]?.due, "\(start)")
        }
    }

    @Test func afterTiersCountWorkingDaysFromTheDueInstant() throws {
        let schedule = try schedule("2024-10-14T10:00")
        #expect(china.show(try tier(schedule, .urge).due) == "2024-10-22T17:00:00+08:00")
        #expect(china.show(try tier(schedule, .leadership).due) == "2024-10-24T17:00:00+08:00")
    }

    @Test func acrossNationalDay() throws {
        let schedule = try schedule("2024-09-27T16:00")
        #expect(china.show(try #require(schedule.deadlines[.resolve]).due) == "2024-10-10T17:00:00+08:00")
        #expect(china.show(try tier(schedule, .warning).due) == "2024-10-09T17:00:00+08:00")
        #expect(china.show(try tier(schedule, .urge).due) == "2024-10-11T17:00:00+08:00")
        // Saturday 2024-10-12 is a make-up working day.
        #expect(china.show(try tier(schedule, .leadership).due) == "2024-10-14T17:00:00+08:00")
    }

    @Test func pausesApplyToEveryClock() throws {
        let schedule = try schedule("2024-10-14T10:00", pauses: [("2024-10-16T00:00", "2024-10-17T00:00")])
        #expect(china.show(try #require(schedule.deadlines[.resolve]).due) == "2024-10-22T17:00:00+08:00")
        #expect(china.show(try tier(schedule, .warning).due) == "2024-10-21T17:00:00+08:00")
        #expect(china.show(try #require(schedule.deadlines[.accept]).due) == "2024-10-14T12:00:00+08:00")
    }

    @Test func categoryTargetsAreUsed() throws {
        let schedule = try schedule("2024-10-14T10:00", category: "road.pothole")
        #expect(schedule.targets[.resolve]?.source == .category(F.road))
        #expect(china.show(try #require(schedule.deadlines[.resolve]).due) == "2024-10-17T17:00:00+08:00")
        #expect(china.show(try #require(schedule.deadlines[.accept]).due) == "2024-10-14T11:00:00+08:00")
        // 80% of 3 working days (21 h) is 16.8 working hours from the clock start.
        #expect(china.show(try tier(schedule, .warning).due) == "2024-10-17T11:48:00+08:00")
    }

    @Test func urgentCasesRunOnCalendarTime() throws {
        let schedule = try schedule("2024-10-01T20:00", urgency: F.urgent)
        #expect(china.show(try #require(schedule.deadlines[.resolve]).due) == "2024-10-02T20:00:00+08:00")
        #expect(china.show(try #require(schedule.deadlines[.accept]).due) == "2024-10-01T20:30:00+08:00")
        #expect(china.show(try tier(schedule, .warning).due) == "2024-10-02T15:12:00+08:00")
        #expect(try tier(schedule, .overdue).due == schedule.deadlines[.resolve]?.due)
        // One working day after a due instant on a holiday: the next working day after it.
        #expect(china.show(try tier(schedule, .urge).due) == "2024-10-08T17:00:00+08:00")
    }

    @Test func provisionalDeadlinesMakeTheirTiersProvisional() throws {
        let schedule = try schedule("2024-12-26T10:00")
        let resolve = try #require(schedule.deadlines[.resolve])
        #expect(china.show(resolve.due) == "2025-01-02T17:00:00+08:00")
        #expect(resolve.provisional)
        #expect(try tier(schedule, .overdue).provisional)
        #expect(try tier(schedule, .urge).provisional)
        // The warning's instant (80%: 2024-12-31 17:00) lies in a covered year, but its budget is a share
        // of a deadline that rests on 2025, so it is provisional with it.
        let edge = try self.schedule("2024-12-25T10:00")
        #expect(china.show(try tier(edge, .warning).due) == "2024-12-31T17:00:00+08:00")
        #expect(try tier(edge, .warning).provisional)
        let final = try self.schedule("2024-10-14T10:00")
        #expect(final.tiers.allSatisfy { !$0.provisional })
    }
}
