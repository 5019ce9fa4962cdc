import CaseWatchCore
import CaseWatchTesting
import Testing
@testable import CaseWatchStore

/// Notices in the outbox: every field kept, written with their transaction or not at all, never changed.
@Suite struct OutboxNoticeTests {
    @Test(arguments: StoreBackend.allCases)
    func aNoticeReadsBackWithEveryField(_ backend: StoreBackend) throws {
        let f = try OutboxFixture(backend)
        let signoff = try f.store.write { writer in
            _ = try writer.recordEscalation(Self.leadership, signoffDue: StoreFixtures.at(100))
            return try writer.reader.requestedSignoffID(caseID: CaseID("C-1"), cycle: 1, tier: .leadership)
        }
        let id = try #require(signoff)
        let signoffDecision = Notice(
            kind: .signoffDecided, caseID: CaseID("C-1"), cycle: 2, unit: UnitID("cc.nanguan.ziqiang"), category: "road.pothole",
            urgency: Urgency("urgent"), tier: nil, action: nil, dueAt: nil, at: StoreFixtures.at(90),
            signoff: SignoffFacts(id: id, level: "district", status: .approved, decidedBy: "l-1", orderCaseID: CaseID("SO-7")),
            next: NextStepFacts(tier: .overdue, dueAt: StoreFixtures.at(600))
        )
        let request = Notice(
            kind: .signoffRequested, caseID: CaseID("C-1"), cycle: 1, unit: UnitID("cc.nanguan"), category: "road.pothole",
            urgency: Urgency("normal"), tier: .leadership, action: .signoff, dueAt: StoreFixtures.at(3_000), at: StoreFixtures.at(60),
            signoff: SignoffFacts(id: id, level: "city", status: .pending, decidedBy: nil, orderCaseID: nil), next: nil
        )
        let notices = [OutboxFixture.escalation(next: NextStepFacts(tier: .overdue, dueAt: StoreFixtures.at(30))), signoffDecision, request]
        let ids = try f.enqueue(notices)
        #expect(ids == ids.sorted() && Set(ids).count == 3)
        let unrouted = try f.store.read { try $0.unroutedNotices(limit: 10) }
        #expect(unrouted.map(\.id) == ids)
        #expect(unrouted.map(\.notice) == notices)
        #expect(try f.store.read { try $0.unroutedNotices(limit: 2) }.count == 2)
        #expect(try f.store.read { try $0.unroutedNoticeCount() } == 3)
        #expect(try f.store.read { try $0.hasUnroutedNotices() })
    }

    @Test(arguments: StoreBackend.allCases)
    func aNoticeOfATransactionThatFailsIsNotWritten(_ backend: StoreBackend) throws {
        let f = try OutboxFixture(backend)
        struct Abandon: Error {}
        #expect(throws: Abandon.self) {
            try f.store.write { writer in
                try writer.enqueue(OutboxFixture.escalation())
                throw Abandon()
            }
        }
        #expect(try f.store.read { try $0.unroutedNotices(limit: 10) }.isEmpty)
        #expect(try f.store.read { try $0.unroutedNoticeCount() } == 0)
        #expect(try !f.store.read { try $0.hasUnroutedNotices() })
    }

    @Test(arguments: StoreBackend.allCases)
    func aNoticeIsNeverChangedOrDeletedAndIsRoutedOnce(_ backend: StoreBackend) throws {
        let f = try OutboxFixture(backend)
        let id = try f.enqueue([OutboxFixture.escalation()])[0]
        let unchanged = "notices is append-only: a notice cannot be changed; only routed_at is set, once"
        f.scratch.expectRefusal("UPDATE notices SET kind = 'signoff_decided' WHERE id = \(id)", saying: unchanged)
        f.scratch.expectRefusal("UPDATE notices SET at = at + 1 WHERE id = \(id)", saying: unchanged)
        f.scratch.expectRefusal("DELETE FROM notices WHERE id = \(id)", saying: "notices is append-only: a notice cannot be deleted")
        try f.scratch.tamper("UPDATE notices SET routed_at = 1 WHERE id = \(id)")
        f.scratch.expectRefusal("UPDATE notices SET routed_at = 2 WHERE id = \(id)", saying: "notices is append-only: a notice is routed once")
        f.scratch.expectRefusal("UPDATE notices SET routed_at = NULL WHERE id = \(id)", saying: "notices is append-only: a notice is routed once")
        #expect(try f.store.read { try $0.unroutedNotices() }.isEmpty)
        #expect(try !f.store.read { try $0.hasUnroutedNotices() }, "a routed notice waits no more")
    }

    /// A leadership escalation of C-1 that requests a district sign-off.
    static let leadership = Escalation(
        caseID: CaseID("C-1"), cycle: 1, tier: .leadership, unit: UnitID("cc.nanguan"), dueAt: StoreFixtures.at(0),
        detectedAt: StoreFixtures.at(1), points: AssessmentPoints(hundredths: 500), signoffLevel: "district"
    )

    @Test(arguments: StoreBackend.allCases)
    func theSignoffAnEscalationRequestedIsFoundByItsTier(_ backend: StoreBackend) throws {
        let f = try OutboxFixture(backend)
        let id = try f.store.write { writer in
            _ = try writer.recordEscalation(Self.leadership, signoffDue: StoreFixtures.at(100))
            return try writer.reader.requestedSignoffID(caseID: CaseID("C-1"), cycle: 1, tier: .leadership)
        }
        #expect(id == (try f.store.read { try $0.signoffs() }.first?.id))
        #expect(try f.store.read { try $0.requestedSignoffID(caseID: CaseID("C-1"), cycle: 1, tier: .urge) } == nil)
    }
}
