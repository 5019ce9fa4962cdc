import CaseWatchCore
import CaseWatchStore
import CaseWatchTesting
import Testing
@testable import CaseWatchDelivery

/// The notice router over a real store: notices become deliveries by the routing, a page per transaction; a
/// notice older than a receiver's maximum age makes no delivery for it; routing again changes nothing.
@Suite struct NoticeRouterTests {
    static let now = DeliveryFixtures.now

    /// Warnings to `wardens` (kept a day); sign-off requests and everything else to `log` (kept an hour).
    static let routing = NotifyRouting(
        receivers: [
            "wardens": OutboxStore.webhook("wardens", maxAge: 86_400),
            "log": OutboxStore.webhook("log", maxAge: 3_600),
        ],
        routes: [
            NotifyRoute(matcher: RouteMatcher(tiers: [.warning]), receivers: ["wardens"], continues: true),
            NotifyRoute(matcher: RouteMatcher(), receivers: ["log"]),
        ]
    )

    private func route(_ outbox: OutboxStore, pageSize: Int, at now: Instant = now) throws -> (notices: Int, deliveries: Int) {
        let router = NoticeRouter(routing: Self.routing, calendar: nil)
        return try outbox.store.write { try router.routePage($0, now: now, pageSize: pageSize) }
    }

    @Test func noticesAreRoutedIntoDeliveriesPageByPage() throws {
        let outbox = try OutboxStore()
        let warning = try outbox.enqueue(try outbox.escalation("C-1", tier: .warning))
        let overdue = try outbox.enqueue(try outbox.escalation("C-2", tier: .overdue))
        let urgent = try outbox.enqueue(try outbox.escalation("C-3", tier: .warning, urgency: "urgent"))

        #expect(try route(outbox, pageSize: 2) == (2, 3))
        #expect(try outbox.unrouted() == 1)
        #expect(try route(outbox, pageSize: 2) == (1, 2))
        #expect(try route(outbox, pageSize: 2) == (0, 0))

        let deliveries = try outbox.deliveries()
        #expect(deliveries.map { "\($0.noticeID)>\($0.receiver)" } == [
            "\(warning)>wardens", "\(warning)>log", "\(overdue)>log", "\(urgent)>wardens", "\(urgent)>log",
        ])
        // Urgent ones at once and alone; the others grouped by receiver, kind and tier.
        let urgentOnes = deliveries.filter { $0.noticeID == urgent }
        #expect(urgentOnes.allSatisfy { $0.urgent && $0.groupKey == nil && $0.notBefore == Self.now })
        #expect(deliveries.filter { $0.noticeID != urgent }.allSatisfy { !$0.urgent })
        #expect(deliveries.allSatisfy { $0.status == .pending && $0.createdAt == Self.now })
    }

    @Test func aNoticeOlderThanAReceiversMaxAgeMakesNoDeliveryForIt() throws {
        let outbox = try OutboxStore()
        // Two hours old when routed: past the log's hour, within the wardens' day.
        let stale = try outbox.enqueue(try outbox.escalation("C-1", tier: .warning, at: Self.now.adding(seconds: -7_200)))
        // A year old: past every receiver's age; routed (never looked at again) with no delivery at all.
        let ancient = try outbox.enqueue(try outbox.escalation("C-2", tier: .warning, at: Self.now.adding(seconds: -365 * 86_400)))

        #expect(try route(outbox, pageSize: 10) == (2, 1))
        #expect(try outbox.deliveries().map { "\($0.noticeID)>\($0.receiver)" } == ["\(stale)>wardens"])
        #expect(try outbox.deliveries().allSatisfy { $0.noticeID != ancient })
        #expect(try outbox.unrouted() == 0)
    }

    @Test func routingAgainMakesNoSecondDelivery() throws {
        let outbox = try OutboxStore()
        let id = try outbox.enqueue(try outbox.escalation("C-1", tier: .warning))
        #expect(try route(outbox, pageSize: 10) == (1, 2))
        let before = try outbox.deliveries()

        // A second router (another daemon after a takeover), later: nothing left to route.
        #expect(try route(outbox, pageSize: 10, at: Self.now.adding(seconds: 60)) == (0, 0))
        // Routing the same notice again by hand, as a crash between the plan and the commit would redo it.
        let plan = Self.routing.plan(try outbox.escalation("C-1", tier: .warning), lineage: [UnitID("cc.nanguan")], leaders: [], calendar: nil, now: Self.now)
        let again = try outbox.store.write { try $0.route(notice: id, deliveries: plan, at: Self.now.adding(seconds: 60)) }
        #expect(again == 0)
        #expect(try outbox.deliveries() == before)
    }
}
