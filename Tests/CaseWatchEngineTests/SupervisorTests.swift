import CaseWatchCore
import CaseWatchEngine
import CaseWatchStore
import CaseWatchTesting
import Testing

/// The live engine on a virtual clock: wheel-driven firing re-checked against the store, catch-up after
/// downtime, exactly once across restarts.
@Suite struct SupervisorTests {
    typealias F = ReplayFixture


    func records(_ lines: [String]) -> [IntakeRecord] {
        JSONLinesEventReader.read(lines.joined(separator: "\n")).records
    }

    /// Registers unit-a and dispatches C1 to it on Monday 2026-10-12 09:00 (due Monday 19th, 17:00).
    func started(_ f: F) throws -> Supervisor {
        try f.store.write { try $0.upsertUnits([OrgUnit(id: UnitID("unit-a"), name: "A", level: .community, parent: nil)]) }
        var supervisor = Supervisor(store: f.store, catalog: f.policies)
        #expect(try supervisor.start(at: f.at("2026-10-12T08:00")).isEmpty)
        let (outcome, problems) = try supervisor.ingest(records([
            F.line(1, "registered", "2026-10-12T09:00", F.registered), F.line(2, "dispatched", "2026-10-12T09:00", ["unit": "unit-a"]),
        ]), source: "test", at: f.at("2026-10-12T09:00"))
        #expect(outcome.stored == 2 && problems.isEmpty)
        return supervisor
    }

    @Test func eachStepFiresWhenTheClockReachesIt() throws {
        let f = try F()
        var supervisor = try started(f)
        var fired: [Escalation] = []
        while let next = supervisor.nextDue, next <= (try f.at("2026-10-31T00:00")) {
            let before = try supervisor.advance(to: next.adding(seconds: -1))
            #expect(before.isEmpty, "fired early: \(before)")
            fired += try supervisor.advance(to: next)
        }
        #expect(fired.map(\.tier) == [.warning, .overdue, .urge, .leadership, .notice])
        #expect(fired.allSatisfy { $0.detectedAt == $0.dueAt })
        #expect(f.show(fired[1].dueAt) == "2026-10-19T17:00:00+08:00")
        #expect(supervisor.waiting == 0)
    }

    @Test func aReplyMovesTheWheelEntryAway() throws {
        let f = try F()
        var supervisor = try started(f)
        _ = try supervisor.ingest(records([F.line(3, "replied", "2026-10-13T10:00")]), source: "test", at: f.at("2026-10-13T10:00"))
        #expect(supervisor.waiting == 0)
        #expect(try supervisor.advance(to: f.at("2026-12-01T00:00")).isEmpty)
    }

    @Test func afterDowntimeEveryPassedStepFiresOnceAtStartAndNeverAgain() throws {
        let f = try F()
        _ = try started(f)
        var restarted = Supervisor(store: f.store, catalog: f.policies)
        let now = try f.at("2026-10-23T12:00")
        let caughtUp = try restarted.start(at: now)
        #expect(caughtUp.map(\.tier) == [.warning, .overdue, .urge, .leadership])
        #expect(caughtUp.allSatisfy { $0.detectedAt == now && $0.dueAt < now })
        #expect(caughtUp.map { f.show($0.dueAt) }.first == "2026-10-16T17:00:00+08:00")
        var again = Supervisor(store: f.store, catalog: f.policies)
        #expect(try again.start(at: now.adding(seconds: 60)).isEmpty)
        #expect(try f.store.read { try $0.escalations() }.count == 4)
        // nextDue may be earlier than the notice (a slot the wheel must cascade), never later.
        #expect(try #require(again.nextDue) <= f.at("2026-10-26T17:00"))
        #expect(try again.advance(to: f.at("2026-10-26T16:59:59")).isEmpty)
        #expect(try again.advance(to: f.at("2026-10-26T17:00")).map(\.tier) == [.notice])
    }

    @Test func aReplyIngestedWhileNoDaemonRanDoesNotUndoABreachThatHadHappened() throws {
        let f = try F()
        _ = try started(f)
        // While no daemon runs: the warning (Friday 16th 17:00) and the overdue (Monday 19th 17:00) fall
        // due, then a reply dated Tuesday 20th 10:00 is ingested by another process.
        let intake = EventIntake(store: try SQLiteCaseStore.open(at: f.store.path), catalog: f.policies)
        let check = try intake.check(records([F.line(3, "replied", "2026-10-20T10:00")]))
        _ = try intake.append(check.accepted, source: "other", recordedAt: f.at("2026-10-20T10:00"))
        var restarted = Supervisor(store: f.store, catalog: f.policies)
        let caughtUp = try restarted.start(at: f.at("2026-10-23T12:00"))
        #expect(caughtUp.map(\.tier) == [.warning, .overdue], "the urge (due 20th 17:00) came after the reply")
        #expect(caughtUp.map { f.show($0.dueAt) } == ["2026-10-16T17:00:00+08:00", "2026-10-19T17:00:00+08:00"])
        #expect(restarted.waiting == 0)
        #expect(try f.store.read { try $0.storedNextStep(of: CaseID("C1")) } == nil)
    }
}
