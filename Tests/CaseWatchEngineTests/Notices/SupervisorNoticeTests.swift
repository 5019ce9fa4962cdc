import CaseWatchCore
@_spi(Testing) import CaseWatchStore
import CaseWatchEngine
import CaseWatchTesting
import Testing

/// The supervisor writes each escalation's notices in the transaction that records it: one per tier, none
/// for a transaction that fails, none again when a catch-up refires a case after a crash.
@Suite struct SupervisorNoticeTests {
    typealias F = ReplayFixture

    /// Registers unit-a and dispatches C1 to it on Monday 2026-10-12 09:00 (due Monday 19th, 17:00).
    static func started(_ f: F) throws -> Supervisor {
        try f.store.write { try $0.upsertUnits([OrgUnit(id: UnitID("unit-a"), name: "A", level: .community, parent: nil)]) }
        var supervisor = Supervisor(store: f.store, catalog: f.policies)
        _ = try supervisor.start(at: f.at("2026-10-12T08:00"))
        _ = try supervisor.ingest(JSONLinesEventReader.read([
            F.line(1, "registered", "2026-10-12T09:00", F.registered), F.line(2, "dispatched", "2026-10-12T09:00", ["unit": "unit-a"]),
        ].joined(separator: "\n")).records, source: "test", at: f.at("2026-10-12T09:00"))
        return supervisor
    }

    /// Every notice in the outbox, oldest first.
    static func notices(_ f: F) throws -> [Notice] {
        try f.store.read { try $0.unroutedNotices(limit: 10_000) }.map(\.notice)
    }

    @Test func eachEscalationWritesItsNoticeWithTheCasesOwnFields() throws {
        let f = try F()
        var supervisor = try Self.started(f)
        let fired = try supervisor.advance(to: f.at("2026-10-31T00:00"))
        #expect(fired.map(\.tier) == [.warning, .overdue, .urge, .leadership, .notice])
        let notices = try Self.notices(f)
        let escalations = notices.filter { $0.kind == .escalation }
        #expect(escalations.map(\.tier) == fired.map(\.tier))
        #expect(escalations.map(\.dueAt) == fired.map(\.dueAt) && escalations.map(\.at) == fired.map(\.detectedAt))
        #expect(escalations.map(\.action) == [.warn, .markOverdue, .urge, .signoff, .notice])
        #expect(notices.allSatisfy {
            $0.caseID == CaseID("C1") && $0.unit == UnitID("unit-a") && $0.category == "sanitation" && $0.urgency == Urgency("normal")
                && $0.cycle == fired[0].cycle
        })
        // What happens next and when: each tier's notice names the tier after it.
        #expect(escalations.map { $0.next?.tier } == [.overdue, .urge, .leadership, .notice, nil])
        #expect(escalations.dropLast().map { $0.next?.dueAt } == fired.dropFirst().map(\.dueAt))
        let requests = notices.filter { $0.kind == .signoffRequested }
        let signoff = try #require(try f.store.read { try $0.signoffs() }.first)
        #expect(requests.count == 1)
        #expect(requests.first?.signoff == SignoffFacts(id: signoff.id, level: "district", status: .pending, decidedBy: nil, orderCaseID: nil))
        #expect(requests.first?.tier == .leadership && requests.first?.dueAt == signoff.dueAt)
        #expect(notices.count == 6)
    }

    @Test func aFiringTransactionThatFailsLeavesNoNoticeAndItsRetryWritesEachOnce() throws {
        let f = try F()
        _ = try Self.started(f)
        try f.store.refuseNotices(ofKind: NoticeKind.signoffRequested.rawValue)
        var restarted = Supervisor(store: f.store, catalog: f.policies)
        let now = try f.at("2026-10-23T12:00")
        #expect(throws: (any Error).self) { try restarted.start(at: now) }
        #expect(try Self.notices(f).isEmpty, "the escalation notices written before the failure went with it")
        #expect(try f.store.read { try $0.escalations() }.isEmpty)
        try f.store.refuseNotices(ofKind: nil)
        let caughtUp = try restarted.advance(to: now)
        #expect(caughtUp.map(\.tier) == [.warning, .overdue, .urge, .leadership])
        let notices = try Self.notices(f)
        #expect(notices.filter { $0.kind == .escalation }.map(\.tier) == [.warning, .overdue, .urge, .leadership])
        #expect(notices.filter { $0.kind == .signoffRequested }.count == 1)
        #expect(notices.allSatisfy { $0.at == now })
    }

    @Test func aCatchUpThatRefiresACaseAfterACrashWritesNoSecondNotice() throws {
        let f = try F()
        var supervisor = try Self.started(f)
        let fired = try supervisor.advance(to: f.at("2026-10-20T00:00"))
        #expect(fired.map(\.tier) == [.warning, .overdue])
        // As if the daemon had crashed with a stale step stored: the case waits on its warning again.
        try f.store.write { writer in
            let projection = try #require(try writer.projection(of: CaseID("C1")))
            try writer.saveProjection(projection, nextStep: PendingStep(tier: .warning, deadline: .resolve, due: fired[0].dueAt, provisional: false))
        }
        var restarted = Supervisor(store: f.store, catalog: f.policies)
        #expect(try restarted.start(at: f.at("2026-10-20T00:00")).isEmpty)
        #expect(try Self.notices(f).map(\.tier) == [.warning, .overdue])
        var again = Supervisor(store: f.store, catalog: f.policies)
        #expect(try again.start(at: f.at("2026-10-20T18:00")).map(\.tier) == [.urge])
        #expect(try Self.notices(f).map(\.tier) == [.warning, .overdue, .urge], "one notice per tier across every restart")
    }
}
