import CaseWatchCore
import CaseWatchTesting
import Testing

/// Urgent messages go at once; others wait for their group and, for office receivers, for working hours.
@Suite("Notify routing: when")
struct NotifyTimingTests {
    typealias F = NotifyRoutingFixture

    /// A routing telling one receiver of every notice.
    static func routing(_ receiver: NotifyReceiver, urgent: Set<Urgency> = NotifyRouting.defaultUrgentUrgencies) -> NotifyRouting {
        NotifyRouting(
            receivers: [receiver.name: receiver], routes: [NotifyRoute(matcher: RouteMatcher(), receivers: [receiver.name])],
            urgentUrgencies: urgent
        )
    }

    @Test func urgentCasesAndSignoffRequestsAreNeverDelayedOrGrouped() throws {
        let calendar = try CalendarFixtures.mainland2024()
        let office = Self.routing(F.receiver("office", workingHours: true, groupWait: 300))
        let saturdayNight = calendar.at("2024-10-12T23:00")
        for notice in [
            F.notice(urgency: "urgent"),
            F.notice(.signoffRequested, tier: .leadership, action: .signoff, level: "district"),
            F.notice(.signoffPassedUp, tier: .leadership, action: .signoff, level: "city"),
        ] {
            let planned = office.plan(notice, lineage: F.dongling, leaders: [], calendar: calendar, now: saturdayNight)
            #expect(planned == [PlannedDelivery(receiver: "office", urgent: true, notBefore: saturdayNight, groupKey: nil)])
        }
        // Which urgencies are urgent is the routing's to say.
        let custom = Self.routing(F.receiver("office", groupWait: 300), urgent: [Urgency("complex")])
        #expect(custom.plan(F.notice(urgency: "urgent"), lineage: F.dongling, leaders: [], calendar: calendar, now: saturdayNight).first?.urgent == false)
        #expect(custom.plan(F.notice(urgency: "complex"), lineage: F.dongling, leaders: [], calendar: calendar, now: saturdayNight).first?.urgent == true)
    }

    @Test func aNonUrgentMessageWaitsForItsGroupUnderOneKey() {
        let routing = Self.routing(F.receiver("office", groupWait: 300))
        let now = Instant(secondsSinceEpoch: 1_000_000)
        let planned = routing.plan(F.notice(), lineage: F.dongling, leaders: [], calendar: nil, now: now)
        #expect(planned == [PlannedDelivery(receiver: "office", urgent: false, notBefore: now.adding(seconds: 300), groupKey: "office/escalation/warning")])
        let decided = routing.plan(F.notice(.signoffDecided, tier: nil, action: nil), lineage: F.dongling, leaders: [], calendar: nil, now: now)
        #expect(decided.first?.groupKey == "office/signoff_decided/-")
        // Without a wait or office hours, each goes at once and alone.
        let plain = Self.routing(F.receiver("log")).plan(F.notice(), lineage: F.dongling, leaders: [], calendar: nil, now: now)
        #expect(plain == [PlannedDelivery(receiver: "log", urgent: false, notBefore: now, groupKey: nil)])
    }

    @Test func aWarningOnSaturdayNightReachesAnOfficeOnTheNextWorkingMorningMakeupDaysIncluded() throws {
        let calendar = try CalendarFixtures.mainland2024()
        let office = Self.routing(F.receiver("office", workingHours: true))
        func notBefore(_ now: String) -> String? {
            office.plan(F.notice(), lineage: F.dongling, leaders: [], calendar: calendar, now: calendar.at(now)).first.map { calendar.show($0.notBefore) }
        }
        // Saturday 12 October 2024 is a make-up working day: Friday night waits only for Saturday morning.
        #expect(notBefore("2024-10-11T22:00") == "2024-10-12T09:00:00+08:00")
        // Saturday 19 October is a plain Saturday: Monday 09:00.
        #expect(notBefore("2024-10-19T23:30") == "2024-10-21T09:00:00+08:00")
        // Monday 30 September after hours: the National Day week is skipped, Tuesday 8 October 09:00.
        #expect(notBefore("2024-09-30T17:30") == "2024-10-08T09:00:00+08:00")
        // At lunch it waits for 13:00; inside a window it goes at once.
        #expect(notBefore("2024-10-08T12:10") == "2024-10-08T13:00:00+08:00")
        #expect(notBefore("2024-10-08T10:00") == "2024-10-08T10:00:00+08:00")
        // Without a calendar office hours cannot be kept: it goes at once.
        let now = calendar.at("2024-10-19T23:30")
        #expect(office.plan(F.notice(), lineage: F.dongling, leaders: [], calendar: nil, now: now).first?.notBefore == now)
    }

    @Test func theGroupWaitRunsBeforeTheShiftToWorkingHours() throws {
        let calendar = try CalendarFixtures.mainland2024()
        let office = Self.routing(F.receiver("office", workingHours: true, groupWait: 600))
        let planned = office.plan(F.notice(), lineage: F.dongling, leaders: [], calendar: calendar, now: calendar.at("2024-10-08T16:55"))
        #expect(planned.first.map { calendar.show($0.notBefore) } == "2024-10-09T09:00:00+08:00")
    }
}
