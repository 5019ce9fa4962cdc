import CaseWatchCore
import CaseWatchTesting
import Testing
@testable import CaseWatchStore

/// The bulk forms intake and replay use, on both backends: they store and read exactly what the single
/// operations do, in order, and refuse what those refuse, with the same error for the first refused item.
@Suite struct BulkOperationsTests {
    /// Events of two new cases and one stored before, each with its own recording instant.
    static func events() -> [(CaseEvent, recordedAt: Instant)] {
        [
            (StoreFixtures.registration("b-1", case: "N-1"), StoreFixtures.at(1)),
            (StoreFixtures.event("b-2", case: "N-1", .accepted, minutes: 1), StoreFixtures.at(2)),
            (StoreFixtures.event("b-3", case: "OLD", .accepted, minutes: 2), StoreFixtures.at(3)),
            (StoreFixtures.registration("b-4", case: "N-2"), StoreFixtures.at(4)),
            (StoreFixtures.event("b-5", case: "N-2", .dispatched(unit: UnitID("cc.nanguan"), resolveBy: nil), minutes: 3), StoreFixtures.at(5)),
        ]
    }

    static func storeWithOldCase(_ backend: StoreBackend) throws -> ScratchStore {
        let scratch = try backend.makeStore()
        try scratch.store.write { writer throws in
            try writer.upsertUnits(StoreFixtures.units)
            try writer.insertEvent(StoreFixtures.registration("old-1", case: "OLD"), batch: nil, recordedAt: StoreFixtures.t0)
        }
        return scratch
    }

    @Test(arguments: StoreBackend.allCases)
    func eventsAreStoredInOrderWithTheirCasesAndInstants(_ backend: StoreBackend) throws {
        let scratch = try Self.storeWithOldCase(backend)
        let batch = try scratch.store.write { writer throws in
            let batch = try writer.beginBatch(source: "bulk", at: StoreFixtures.t0)
            try writer.insertEvents(Self.events(), batch: batch)
            return batch
        }
        try scratch.store.read { reader throws in
            let stored = try Self.events().map { try #require(try reader.event(id: $0.0.id)) }
            #expect(stored.map(\.event) == Self.events().map(\.0))
            #expect(stored.map(\.recordedAt) == Self.events().map(\.recordedAt))
            #expect(stored.allSatisfy { $0.batch == batch })
            #expect(stored.map(\.seq) == stored.map(\.seq).sorted(), "stored in the order given")
            #expect(try reader.eventCount() == 6)
            #expect(try reader.caseIDs() == [CaseID("N-1"), CaseID("N-2"), CaseID("OLD")])
        }
    }

    @Test(arguments: StoreBackend.allCases)
    func theFirstRefusedEventIsReportedAsTheSingleInsertReportsItAndNothingIsStored(_ backend: StoreBackend) throws {
        let scratch = try Self.storeWithOldCase(backend)
        let refusals: [([(CaseEvent, recordedAt: Instant)], StoreError)] = [
            (Self.events() + [(StoreFixtures.event("old-1", case: "OLD", .accepted), StoreFixtures.at(9))], .duplicateEvent(EventID("old-1"))),
            (Self.events() + [(StoreFixtures.event("b-9", case: "NEVER", .accepted), StoreFixtures.at(9))], .unknownCase(CaseID("NEVER"))),
            (Self.events() + [(StoreFixtures.registration("b-9", case: "OLD"), StoreFixtures.at(9))], .caseAlreadyRegistered(CaseID("OLD"))),
        ]
        for (events, expected) in refusals {
            #expect(throws: expected) {
                try scratch.store.write { try $0.insertEvents(events, batch: nil) }
            }
        }
        #expect(throws: StoreError.unknownBatch(404)) {
            try scratch.store.write { try $0.insertEvents(Self.events(), batch: 404) }
        }
        #expect(try scratch.store.read { try $0.eventCount() } == 1, "every refused transaction rolled back whole")
    }

    @Test(arguments: StoreBackend.allCases)
    func projectionsAreSavedAndReadInBulkAsOneByOne(_ backend: StoreBackend) throws {
        let scratch = try Self.storeWithOldCase(backend)
        try scratch.store.write { try $0.insertEvents(Self.events(), batch: nil) }
        let first = try StoreFixtures.projection("N-1"), second = try StoreFixtures.projection("N-2", status: .dispatched)
        let step = PendingStep(tier: .warning, deadline: .resolve, due: StoreFixtures.at(4800), provisional: false)
        var replaced = first
        replaced.eventCount = 9
        try scratch.store.write { try $0.saveProjections([(first, nextStep: nil), (second, nextStep: step), (replaced, nextStep: step)]) }
        try scratch.store.read { reader throws in
            let found = try reader.projectionsAndNextSteps(of: [CaseID("N-1"), CaseID("N-2"), CaseID("OLD"), CaseID("NONE")])
            #expect(Set(found.keys) == [CaseID("N-1"), CaseID("N-2")], "only cases with a projection")
            #expect(found[CaseID("N-1")]?.0 == replaced && found[CaseID("N-1")]?.1 == step, "the last given for a case wins")
            #expect(found[CaseID("N-2")]?.0 == second && found[CaseID("N-2")]?.1 == step)
            for caseID in found.keys {
                #expect(try reader.projectionAndNextStep(of: caseID)?.0 == found[caseID]?.0)
            }
        }
        // A case with a projection and one without in one call (PostgreSQL upserts the one and copies the other).
        let old = try StoreFixtures.projection("OLD", status: .dispatched)
        var secondAgain = second
        secondAgain.eventCount = 7
        try scratch.store.write { try $0.saveProjections([(old, nextStep: step), (secondAgain, nextStep: nil)]) }
        try scratch.store.read { reader throws in
            let found = try reader.projectionsAndNextSteps(of: [CaseID("OLD"), CaseID("N-2")])
            #expect(found[CaseID("OLD")]?.0 == old && found[CaseID("OLD")]?.1 == step)
            #expect(found[CaseID("N-2")]?.0 == secondAgain && found[CaseID("N-2")]?.1 == nil)
        }
        #expect(throws: StoreError.unknownCase(CaseID("NONE"))) {
            try scratch.store.write { try $0.saveProjections([(first, nextStep: nil), (try StoreFixtures.projection("NONE"), nextStep: nil)]) }
        }
        #expect(try scratch.store.read { try $0.projection(of: CaseID("N-1")) } == replaced, "the refused upsert rolled back whole")
    }

    @Test(arguments: StoreBackend.allCases)
    func firedTiersAreReadInBulkForTheCycleAsked(_ backend: StoreBackend) throws {
        let (scratch, _) = try EscalationStoreTests.store(backend)
        try scratch.store.write { try $0.recordEscalations([(EscalationStoreTests.escalation("C-2", .warning, unit: "cc.nanguan", due: 1, detected: 1, cycle: 2), nil)]) }
        let fired = try scratch.store.read { try $0.firedTiers(of: [CaseID("C-1"): 1, CaseID("C-2"): 2, CaseID("C-4"): 2, CaseID("C-9"): 1]) }
        #expect(fired[CaseID("C-1")] == [.warning, .overdue])
        #expect(fired[CaseID("C-2")] == [.warning], "cycle 2 only")
        #expect((fired[CaseID("C-4")] ?? []).isEmpty && (fired[CaseID("C-9")] ?? []).isEmpty)
        try scratch.store.read { reader throws in
            for (caseID, cycle) in [(CaseID("C-1"), 1), (CaseID("C-2"), 2)] {
                #expect(try reader.firedTiers(of: caseID, cycle: cycle) == fired[caseID])
            }
        }
    }
}
