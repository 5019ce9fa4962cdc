import CaseWatchCore
import CaseWatchTesting
import Testing
@testable import CaseWatchStore

/// What the wall and the metrics read: gauges from the projections, sign-offs and outbox, open cases and
/// their earliest unmet deadlines per unit, and the sign-offs waiting longest.
@Suite struct OverviewReadingTests {
    /// Registers `projection`'s case and stores the projection with `nextStep`.
    static func save(_ projection: CaseProjection, nextStep: PendingStep? = nil, with writer: any StoreWriter) throws {
        let id = projection.caseID.rawValue
        try writer.insertEvent(StoreFixtures.registration("reg-\(id)", case: id), batch: nil, recordedAt: StoreFixtures.t0)
        try writer.saveProjection(projection, nextStep: nextStep)
    }

    /// A next step of `tier` on the resolve deadline, due `minutes` after t0.
    static func step(_ tier: TierName, minutes: Int64 = 4_800) -> PendingStep {
        PendingStep(tier: tier, deadline: .resolve, due: StoreFixtures.at(minutes), provisional: false)
    }

    /// A leadership escalation of `caseID` in `unit`, detected `minutes` after t0, asking for a sign-off at `level`.
    static func leadership(_ caseID: String, unit: String = "cc.nanguan", minutes: Int64, level: String?, points: Int = 500) -> Escalation {
        Escalation(
            caseID: CaseID(caseID), cycle: 1, tier: .leadership, unit: UnitID(unit), dueAt: StoreFixtures.at(minutes - 1),
            detectedAt: StoreFixtures.at(minutes), points: AssessmentPoints(hundredths: points), signoffLevel: level
        )
    }

    @Test(arguments: StoreBackend.allCases)
    func theGaugesCountOpenCasesPendingStepsSignoffsAndTheOutbox(_ backend: StoreBackend) throws {
        let scratch = try backend.makeStore()
        let store = scratch.store
        #expect(try store.read { try $0.gauges() } == StoreGauges(), "an empty store counts nothing")
        let approved = try store.write { writer in
            try Self.save(try StoreFixtures.projection("C-1"), nextStep: Self.step(.warning), with: writer)
            try Self.save(try StoreFixtures.projection("C-2", status: .registered, unit: nil), with: writer)
            try Self.save(try StoreFixtures.projection("C-3", status: .closed), with: writer)
            try Self.save(try StoreFixtures.projection("C-4"), nextStep: Self.step(.overdue), with: writer)
            try Self.save(try StoreFixtures.projection("C-5", status: .suspended), nextStep: Self.step(.warning), with: writer)
            _ = try writer.recordEscalation(Self.leadership("C-1", minutes: 1, level: "district"), signoffDue: StoreFixtures.at(100))
            _ = try writer.recordEscalation(Self.leadership("C-2", minutes: 2, level: "city"), signoffDue: StoreFixtures.at(100))
            _ = try writer.recordEscalation(Self.leadership("C-4", minutes: 3, level: "district"), signoffDue: StoreFixtures.at(100))
            return try #require(try writer.reader.requestedSignoffID(caseID: CaseID("C-4"), cycle: 1, tier: .leadership))
        }
        #expect(try store.write {
            try $0.decideSignoff(approved, as: .approved, by: "l-1", at: StoreFixtures.at(4), instruction: nil, reason: nil, orderCaseID: nil)
        })
        let notices = try store.write { writer in
            try (1...3).map { minutes in
                try writer.enqueue(OutboxFixture.escalation(minutes: Int64(minutes)))
            }
        }
        let planned = ["hook-a", "hook-b"].map { PlannedDelivery(receiver: $0, urgent: false, notBefore: StoreFixtures.t0, groupKey: nil) }
        try store.write { try $0.route(notice: notices[0], deliveries: planned, at: StoreFixtures.t0) }
        try store.write { try $0.route(notice: notices[1], deliveries: planned, at: StoreFixtures.t0) }
        let deliveries = try store.read { try $0.deliveries(limit: 10) }.sorted { $0.id < $1.id }
        try #require(deliveries.count == 4)
        // The first fails, the second is sent, the third dies, the fourth waits.
        let outcomes: [DeliveryOutcome] = [.failed(retryAt: StoreFixtures.at(9)), .sent, .dead(reason: "gone")]
        try store.write { writer in
            for (delivery, outcome) in zip(deliveries, outcomes) {
                let attempt = DeliveryAttempt(at: StoreFixtures.at(1), latencyMilliseconds: 9, httpStatus: 500, outcome: outcome)
                try writer.record(attempt, outcome: outcome, deliveries: [delivery.id])
            }
        }
        var waiting: [String: [String: Int]] = [:]
        for (delivery, status) in zip(deliveries, ["failed", "sent", "dead", "pending"]) where status != "sent" {
            waiting[delivery.receiver, default: [:]][status, default: 0] += 1
        }

        let gauges = try store.read { try $0.gauges() }
        #expect(gauges.casesByStatus == ["accepted": 2, "registered": 1, "suspended": 1], "closed cases are not counted")
        #expect(gauges.openCases == 4)
        #expect(gauges.pendingSteps == 3)
        #expect(gauges.signoffsPendingByLevel == ["district": 1, "city": 1], "a decided sign-off no longer waits")
        #expect(gauges.deliveriesByReceiver == waiting, "a sent delivery is not counted")
        #expect(gauges.deliveriesByReceiver.values.map { $0.values.reduce(0, +) }.reduce(0, +) == 3)
        #expect(gauges.deliveryAttempts == 3)
        #expect(gauges.unroutedNotices == 1)
        let lastEvent = try scratch.textRows("SELECT CAST(MAX(seq) AS TEXT) FROM case_events")
        #expect([[String(gauges.eventLogPosition)]] == lastEvent)
        #expect(gauges.eventLogPosition == (try store.read { try $0.latestEventSequence() }))
    }

    @Test(arguments: StoreBackend.allCases)
    func pendingStepsAreCountedByTierLeavingOutUnknownTiers(_ backend: StoreBackend) throws {
        let scratch = try backend.makeStore()
        let store = scratch.store
        #expect(try store.read { try $0.pendingStepsByTier() } == [:])
        try store.write { writer in
            try Self.save(try StoreFixtures.projection("C-1"), nextStep: Self.step(.warning), with: writer)
            try Self.save(try StoreFixtures.projection("C-2"), nextStep: Self.step(.warning), with: writer)
            try Self.save(try StoreFixtures.projection("C-3"), nextStep: Self.step(.urge), with: writer)
            try Self.save(try StoreFixtures.projection("C-4"), with: writer)
            try Self.save(try StoreFixtures.projection("C-5"), nextStep: Self.step(.overdue), with: writer)
        }
        #expect(try store.read { try $0.pendingStepsByTier() } == [.warning: 2, .urge: 1, .overdue: 1])
        // A tier a newer policy knows and this build does not.
        try scratch.tamper("UPDATE projections SET next_tier = 'escalate-to-mayor' WHERE case_id = 'C-5'")
        #expect(try store.read { try $0.pendingStepsByTier() } == [.warning: 2, .urge: 1])
    }

    /// Open cases with every shape of deadline: the earliest unmet one decides when each is overdue.
    static func deadlineShapes() throws -> [CaseProjection] {
        // Accept not met, due before resolve: the accept deadline, at(120).
        var acceptFirst = try StoreFixtures.projection("C-A")
        acceptFirst.accept?.metAt = nil
        // Accept met: the resolve deadline in force after its extension, at(9000).
        let resolveExtended = try StoreFixtures.projection("C-B")
        // Both met: no deadline; open but never overdue.
        var bothMet = try StoreFixtures.projection("C-C", unit: "cc.chaoyang")
        bothMet.resolve?.metAt = StoreFixtures.at(200)
        // Accept not met, but resolve falls due first: the resolve deadline, at(100).
        var resolveFirst = try StoreFixtures.projection("C-D", unit: "cc.chaoyang")
        resolveFirst.accept = DeadlineState(due: StoreFixtures.at(200), provisional: false, explicit: false)
        resolveFirst.resolve = DeadlineState(due: StoreFixtures.at(100), provisional: false, explicit: false)
        // Registered, held by no unit, no deadline yet.
        var unassigned = try StoreFixtures.projection("C-E", status: .registered, unit: nil)
        unassigned.accept = nil
        unassigned.resolve = nil
        // Closed: left out however overdue.
        var closed = try StoreFixtures.projection("C-F", status: .closed)
        closed.accept?.metAt = nil
        // Accept only, unmet, extended from at(110) to at(130).
        var acceptExtended = try StoreFixtures.projection("C-G", unit: "cc.chaoyang")
        acceptExtended.accept = DeadlineState(due: StoreFixtures.at(110), extendedDue: StoreFixtures.at(130), provisional: false, explicit: false)
        acceptExtended.resolve = nil
        return [acceptFirst, resolveExtended, bothMet, resolveFirst, unassigned, closed, acceptExtended]
    }

    @Test(arguments: StoreBackend.allCases)
    func openCasesAreCountedPerUnitWithThoseOverdue(_ backend: StoreBackend) throws {
        let scratch = try backend.makeStore()
        let store = scratch.store
        try store.write { writer in
            for projection in try Self.deadlineShapes() { try Self.save(projection, with: writer) }
        }
        func counts(at minutes: Int64) throws -> [UnitCaseCount] {
            try store.read { try $0.openCaseCounts(at: StoreFixtures.at(minutes)) }.sorted { ($0.unit?.rawValue ?? "") < ($1.unit?.rawValue ?? "") }
        }
        #expect(try counts(at: 90) == [
            UnitCaseCount(unit: nil, open: 1, overdue: 0),
            UnitCaseCount(unit: UnitID("cc.chaoyang"), open: 3, overdue: 0),
            UnitCaseCount(unit: UnitID("cc.nanguan"), open: 2, overdue: 0),
        ])
        #expect(try counts(at: 125) == [
            UnitCaseCount(unit: nil, open: 1, overdue: 0),
            UnitCaseCount(unit: UnitID("cc.chaoyang"), open: 3, overdue: 1),
            UnitCaseCount(unit: UnitID("cc.nanguan"), open: 2, overdue: 1),
        ], "C-D's resolve deadline passed; C-G's accept deadline was extended past now; C-A's passed")
        #expect(try counts(at: 100) == [
            UnitCaseCount(unit: nil, open: 1, overdue: 0),
            UnitCaseCount(unit: UnitID("cc.chaoyang"), open: 3, overdue: 0),
            UnitCaseCount(unit: UnitID("cc.nanguan"), open: 2, overdue: 0),
        ], "a deadline falling due now is not yet overdue")
        #expect(try counts(at: 10_000).map(\.overdue) == [0, 2, 2], "a case with both deadlines met is never overdue")
    }

    @Test(arguments: StoreBackend.allCases)
    func openDeadlinesAreTheEarliestUnmetOnesInOrderWithinTheWindow(_ backend: StoreBackend) throws {
        let scratch = try backend.makeStore()
        let store = scratch.store
        #expect(try store.read { try $0.openDeadlines(from: StoreFixtures.t0, until: StoreFixtures.at(10_000), limit: 10) } == [])
        try store.write { writer in
            for projection in try Self.deadlineShapes() { try Self.save(projection, with: writer) }
        }
        func deadlines(from: Int64, until: Int64, limit: Int = 10) throws -> [Int64] {
            try store.read { try $0.openDeadlines(from: StoreFixtures.at(from), until: StoreFixtures.at(until), limit: limit) }
                .map { ($0.secondsSinceEpoch - StoreFixtures.t0.secondsSinceEpoch) / 60 }
        }
        #expect(try deadlines(from: 0, until: 10_000) == [100, 120, 130, 9_000], "the closed case's and the met ones' are left out")
        #expect(try deadlines(from: 100, until: 9_000) == [100, 120, 130], "from is inclusive, until exclusive")
        #expect(try deadlines(from: 101, until: 9_001) == [120, 130, 9_000])
        #expect(try deadlines(from: 0, until: 10_000, limit: 2) == [100, 120])
    }

    @Test(arguments: StoreBackend.allCases)
    func pendingSignoffsAreListedByLevelTheLongestWaitingFirst(_ backend: StoreBackend) throws {
        let scratch = try backend.makeStore()
        let store = scratch.store
        #expect(try store.read { try $0.pendingSignoffAges() } == [])
        let decided = try store.write { writer in
            for id in ["C-1", "C-2", "C-3", "C-4"] { try Self.save(try StoreFixtures.projection(id), with: writer) }
            _ = try writer.recordEscalation(Self.leadership("C-1", minutes: 30, level: "district"), signoffDue: StoreFixtures.at(300))
            _ = try writer.recordEscalation(Self.leadership("C-2", unit: "cc.chaoyang", minutes: 10, level: "district"), signoffDue: StoreFixtures.at(200))
            _ = try writer.recordEscalation(Self.leadership("C-3", minutes: 20, level: "city"), signoffDue: StoreFixtures.at(400))
            _ = try writer.recordEscalation(Self.leadership("C-4", minutes: 5, level: "district"), signoffDue: StoreFixtures.at(100))
            return try #require(try writer.reader.requestedSignoffID(caseID: CaseID("C-4"), cycle: 1, tier: .leadership))
        }
        #expect(try store.write {
            try $0.decideSignoff(decided, as: .rejected, by: "l-1", at: StoreFixtures.at(40), instruction: nil, reason: "no", orderCaseID: nil)
        })
        #expect(try store.read { try $0.pendingSignoffAges() } == [
            PendingSignoffAge(level: "city", caseID: CaseID("C-3"), unit: UnitID("cc.nanguan"), waitingSince: StoreFixtures.at(20), due: StoreFixtures.at(400)),
            PendingSignoffAge(level: "district", caseID: CaseID("C-2"), unit: UnitID("cc.chaoyang"), waitingSince: StoreFixtures.at(10), due: StoreFixtures.at(200)),
            PendingSignoffAge(level: "district", caseID: CaseID("C-1"), unit: UnitID("cc.nanguan"), waitingSince: StoreFixtures.at(30), due: StoreFixtures.at(300)),
        ])
    }
}
