import CaseWatchCore
import CaseWatchTesting
import Testing

/// Routes, unit contacts and leaders: who is told of a notice.
@Suite("Notify routing: who is told")
struct NotifyRoutingTests {
    typealias F = NotifyRoutingFixture

    @Test func theFirstMatchingRouteStopsTheSearchUnlessItContinues() {
        let routes = [
            NotifyRoute(matcher: RouteMatcher(tiers: [.warning]), receivers: ["a"], continues: true),
            NotifyRoute(matcher: RouteMatcher(kinds: [.escalation]), receivers: ["b"]),
            NotifyRoute(matcher: RouteMatcher(), receivers: ["c"]),
        ]
        let routing = F.routing(["a", "b", "c"], routes: routes)
        let now = Instant(secondsSinceEpoch: 1_727_000_000)
        let warned = routing.plan(F.notice(), lineage: F.dongling, leaders: [], calendar: nil, now: now)
        #expect(warned.map(\.receiver) == ["a", "b"])
        let urged = routing.plan(F.notice(tier: .urge, action: .urge), lineage: F.dongling, leaders: [], calendar: nil, now: now)
        #expect(urged.map(\.receiver) == ["b"])
        let decided = routing.plan(F.notice(.signoffDecided, tier: nil, action: nil), lineage: F.dongling, leaders: [], calendar: nil, now: now)
        #expect(decided.map(\.receiver) == ["c"])
    }

    @Test func explainSaysWhyARouteDidNotMatchAndWhichRouteStoppedTheSearch() {
        let routes = [
            NotifyRoute(matcher: RouteMatcher(urgencies: [Urgency("urgent")]), receivers: ["a"]),
            NotifyRoute(matcher: RouteMatcher(categories: [CaseCategory("road")!]), receivers: ["b"]),
            NotifyRoute(matcher: RouteMatcher(), receivers: ["c"]),
        ]
        let explanation = F.routing(["a", "b", "c"], routes: routes)
            .explain(F.notice(), lineage: F.dongling, leaders: [], calendar: nil, now: Instant(secondsSinceEpoch: 0))
        #expect(explanation.routes == [
            .notMatched(route: 1, .urgency(Urgency("normal"))), .matched(route: 2), .notTried(route: 3, stoppedBy: 2),
        ])
        #expect(explanation.told.map(\.reasons) == [[.named(route: 2)]])
    }

    @Test func aCategoryPrefixMatchesWholeSegmentsOnly() {
        let matcher = RouteMatcher(categories: [CaseCategory("road")!])
        #expect(matcher.mismatch(F.notice(category: "road"), lineage: F.dongling) == nil)
        #expect(matcher.mismatch(F.notice(category: "road.pothole"), lineage: F.dongling) == nil)
        #expect(matcher.mismatch(F.notice(category: "roadworks"), lineage: F.dongling) == .category("roadworks"))
    }

    @Test func aUnitMatchesTheSubtreesItLiesIn() {
        #expect(RouteMatcher(units: [UnitID("cc.nanguan")]).mismatch(F.notice(), lineage: F.dongling) == nil)
        let other = F.notice(unit: F.kuancheng[0])
        #expect(RouteMatcher(units: [UnitID("cc.nanguan")]).mismatch(other, lineage: F.kuancheng) == .unit(F.kuancheng[0]))
    }

    @Test func aTierOrLevelConditionNeverHoldsForANoticeWithout() {
        let decided = F.notice(.signoffDecided, tier: nil, action: nil)
        #expect(RouteMatcher(tiers: [.leadership]).mismatch(decided, lineage: F.dongling) == .tier(nil))
        #expect(RouteMatcher(levels: ["district"]).mismatch(decided, lineage: F.dongling) == .level(nil))
        #expect(RouteMatcher(levels: ["district"]).mismatch(F.notice(level: "district"), lineage: F.dongling) == nil)
    }

    @Test func theMostSpecificUnitContactWins() {
        let route = NotifyRoute(matcher: RouteMatcher(), unitContacts: true)
        let contacts: [UnitID: [String]] = [UnitID("cc.nanguan.ziqiang"): ["street"], UnitID("cc.nanguan"): ["district"], UnitID("cc"): ["city"]]
        let routing = F.routing(["street", "district", "city", "community"], routes: [route], contacts: contacts)
        let now = Instant(secondsSinceEpoch: 0)
        // 东岭社区 has no contact of its own: its street's is told, not the district's or the city's.
        let explanation = routing.explain(F.notice(), lineage: F.dongling, leaders: [], calendar: nil, now: now)
        #expect(explanation.deliveries.map(\.receiver) == ["street"])
        #expect(explanation.told.first?.reasons == [.unitContact(route: 1, unit: UnitID("cc.nanguan.ziqiang"))])
        // Once it has one, its own wins.
        var own = contacts
        own[F.dongling[0]] = ["community"]
        let withOwn = F.routing(["street", "district", "city", "community"], routes: [route], contacts: own)
        #expect(withOwn.plan(F.notice(), lineage: F.dongling, leaders: [], calendar: nil, now: now).map(\.receiver) == ["community"])
        // Kuancheng has none below the city.
        #expect(routing.plan(F.notice(unit: F.kuancheng[0]), lineage: F.kuancheng, leaders: [], calendar: nil, now: now).map(\.receiver) == ["city"])
    }

    @Test func aRouteForUnitContactsWithoutAnyContactIsAGap() {
        let routing = F.routing(["a"], routes: [NotifyRoute(matcher: RouteMatcher(), unitContacts: true)])
        let explanation = routing.explain(F.notice(), lineage: F.dongling, leaders: [], calendar: nil, now: Instant(secondsSinceEpoch: 0))
        #expect(explanation.told.isEmpty)
        #expect(explanation.gaps == [.noUnitContact(route: 1, unit: F.dongling[0])])
    }

    @Test func theLeadersWhoMayDecideTheSignoffAreTold() {
        let routing = F.routing(
            ["nanguan", "kuancheng", "city"], routes: [NotifyRoute(matcher: RouteMatcher(), leaders: true)],
            leaderReceivers: ["l-nanguan-01": ["nanguan"], "l-kuancheng-01": ["kuancheng"], "l-cc-01": ["city"]]
        )
        let now = Instant(secondsSinceEpoch: 0)
        let district = F.notice(.signoffRequested, tier: .leadership, action: .signoff, level: "district")
        let told = routing.explain(district, lineage: F.dongling, leaders: F.leaders, calendar: nil, now: now).told
        #expect(told.map(\.delivery.receiver) == ["nanguan"])
        #expect(told.first?.reasons == [.leader(route: 1, leader: "l-nanguan-01")])
        let passedUp = F.notice(.signoffPassedUp, tier: .leadership, action: .signoff, level: "city")
        #expect(routing.plan(passedUp, lineage: F.dongling, leaders: F.leaders, calendar: nil, now: now).map(\.receiver) == ["city"])
        // A notice about no sign-off tells no leader, and says so.
        let warning = routing.explain(F.notice(), lineage: F.dongling, leaders: F.leaders, calendar: nil, now: now)
        #expect(warning.told.isEmpty)
        #expect(warning.gaps == [.noSignoff(route: 1)])
    }

    @Test func eachReceiverGetsOneDeliveryWhateverTheNumberOfReasons() {
        let routes = [
            NotifyRoute(matcher: RouteMatcher(), receivers: ["a"], unitContacts: true, continues: true),
            NotifyRoute(matcher: RouteMatcher(), receivers: ["a", "b"]),
        ]
        let routing = F.routing(["a", "b"], routes: routes, contacts: [UnitID("cc"): ["a"]])
        let explanation = routing.explain(F.notice(), lineage: F.dongling, leaders: [], calendar: nil, now: Instant(secondsSinceEpoch: 0))
        #expect(explanation.deliveries.map(\.receiver) == ["a", "b"])
        #expect(explanation.told[0].reasons == [.named(route: 1), .unitContact(route: 1, unit: UnitID("cc")), .named(route: 2)])
    }

    @Test func aReceiverNameTheRoutingDoesNotDefineIsSkippedAndReported() {
        let routing = F.routing(["a"], routes: [NotifyRoute(matcher: RouteMatcher(), leaders: true)], leaderReceivers: ["l-nanguan-01": ["gone"]])
        let notice = F.notice(.signoffRequested, tier: .leadership, action: .signoff, level: "district")
        let explanation = routing.explain(notice, lineage: F.dongling, leaders: F.leaders, calendar: nil, now: Instant(secondsSinceEpoch: 0))
        #expect(explanation.told.isEmpty)
        #expect(explanation.gaps.contains(.unknownReceiver(route: 1, name: "gone")))
    }
}
