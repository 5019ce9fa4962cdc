import CaseWatchCore
import CaseWatchEngine
import CaseWatchStore
import CaseWatchTesting
import Testing

/// Writing a check takes the projections its simulation made only while the store still holds the case
/// as the check read it; a case changed in between is run through the lifecycle again.
@Suite struct IntakeSimulationReuseTests {
    typealias F = ReplayFixture

    func records(_ lines: [String]) -> [IntakeRecord] {
        JSONLinesEventReader.read(lines.joined(separator: "\n")).records
    }

    /// C1 registered and dispatched to unit-a on Monday 2026-10-12 09:00.
    func dispatched(_ f: F) throws -> EventIntake {
        try f.store.write { writer in
            try writer.upsertUnits(["unit-a", "unit-b"].map { OrgUnit(id: UnitID($0), name: $0, level: .community, parent: nil) })
        }
        let intake = EventIntake(store: f.store, catalog: f.policies)
        let opened = try intake.check(records([
            F.line(1, "registered", "2026-10-12T09:00", F.registered), F.line(2, "dispatched", "2026-10-12T09:00", ["unit": "unit-a"]),
        ]))
        #expect(try intake.append(opened, source: "test", recordedAt: f.at("2026-10-12T09:00")).stored == 2)
        return intake
    }

    /// The projection the lifecycle makes of every stored event, from nothing.
    func replayed(_ f: F) throws -> CaseProjection? {
        let events = try f.store.read { try $0.events(of: CaseID("C1")) }.map(\.event)
        return try events.reduce(nil) { try CaseLifecycle.apply($1, to: $0, catalog: VariantPolicyCatalog(f.policies)) }
    }

    @Test func aCaseChangedAfterTheCheckIsWrittenAsTheLifecycleMakesIt() throws {
        let f = try F()
        let intake = try dispatched(f)
        let acceptance = try intake.check(records([F.line(3, "accepted", "2026-10-12T10:00")]))
        #expect(acceptance.accepted.count == 1)
        // Another writer transfers the case before the acceptance is written.
        let transfer = try intake.check(records([F.line(4, "transferred", "2026-10-12T09:30", ["to": "unit-b"])]))
        #expect(try intake.append(transfer, source: "other", recordedAt: f.at("2026-10-12T09:30")).stored == 1)
        #expect(try intake.append(acceptance, source: "test", recordedAt: f.at("2026-10-12T10:00")).stored == 1)
        let stored = try f.store.read { try $0.projection(of: CaseID("C1")) }
        #expect(stored?.unit == UnitID("unit-b"), "the transfer is not lost under the check's stale projection")
        #expect(stored == (try replayed(f)))
    }

    @Test func anUnchangedCaseIsWrittenAsTheCheckSimulatedIt() throws {
        let f = try F()
        let intake = try dispatched(f)
        let check = try intake.check(records([
            F.line(3, "accepted", "2026-10-12T10:00"), F.line(4, "replied", "2026-10-13T10:00"),
        ]))
        #expect(check.problems.isEmpty, "\(check.problems)")
        #expect(try intake.append(check, source: "test", recordedAt: f.at("2026-10-13T10:00")).stored == 2)
        #expect(try f.store.read { try $0.projection(of: CaseID("C1")) } == (try replayed(f)))
    }
}
