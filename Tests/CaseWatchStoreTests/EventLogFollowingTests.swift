import CaseWatchCore
import CaseWatchTesting
import Testing
@testable import CaseWatchStore

/// Following the event log by position, and looking ids up in it, on both backends.
@Suite struct EventLogFollowingTests {
    @Test(arguments: StoreBackend.allCases)
    func aFollowerFindsTheCasesWithEventsAfterItsPosition(_ backend: StoreBackend) throws {
        let scratch = try backend.makeStore()
        let store = scratch.store
        #expect(try store.read { try $0.latestEventSequence() } == 0)
        #expect(try store.read { try $0.casesWithEvents(after: 0) } == ([], 0))
        try registerCases(["C-1", "C-2"], in: store)
        let registered = try store.read { try $0.latestEventSequence() }
        let seqs = try store.read { reader throws in
            try reader.events(of: CaseID("C-1")).map(\.seq) + reader.events(of: CaseID("C-2")).map(\.seq)
        }
        #expect(registered == seqs.max() && seqs[0] < seqs[1])
        let all = try store.read { try $0.casesWithEvents(after: 0) }
        #expect(all.cases == [CaseID("C-1"), CaseID("C-2")] && all.through == registered)
        let afterFirst = try store.read { try $0.casesWithEvents(after: seqs[0]) }
        #expect(afterFirst.cases == [CaseID("C-2")] && afterFirst.through == registered)

        // A refused event takes no position; the next stored one is after every earlier one.
        #expect(throws: StoreError.duplicateEvent(EventID("reg-C-1"))) {
            try store.write { writer throws in
                try writer.insertEvent(StoreFixtures.registration("reg-C-1", case: "C-3"), batch: nil, recordedAt: StoreFixtures.t0)
            }
        }
        #expect(try store.read { try $0.latestEventSequence() } == registered)
        #expect(try store.read { try $0.casesWithEvents(after: registered) } == ([], registered), "nothing new: the position stays")
        try store.write { writer throws in
            try writer.insertEvent(StoreFixtures.event("e-1", case: "C-1", .accepted), batch: nil, recordedAt: StoreFixtures.t0)
            try writer.insertEvent(StoreFixtures.event("e-2", case: "C-1", .replied), batch: nil, recordedAt: StoreFixtures.t0)
        }
        let latest = try store.read { try $0.latestEventSequence() }
        #expect(latest > registered)
        #expect(try store.read { try $0.event(id: EventID("e-2")) }?.seq == latest)
        let fresh = try store.read { try $0.casesWithEvents(after: registered) }
        #expect(fresh.cases == [CaseID("C-1")] && fresh.through == latest)
        #expect(try store.read { try $0.casesWithEvents(after: latest) } == ([], latest))
    }

    @Test(arguments: StoreBackend.allCases)
    func storedIdsAreFoundAmongManyInOneCall(_ backend: StoreBackend) throws {
        let scratch = try backend.makeStore()
        let store = scratch.store
        try registerCases(["C-1"], in: store)
        // More than SQLite's chunk of 500, so that an id in a later chunk is found too.
        let stored = (0..<700).map { EventID("e-\($0)") }
        try store.write { writer throws in
            for id in stored {
                try writer.insertEvent(StoreFixtures.event(id.rawValue, .replied), batch: nil, recordedAt: StoreFixtures.t0)
            }
        }
        let asked = stored.enumerated().flatMap { index, id in [EventID("x-\(index)"), id] } + [EventID("e-699"), EventID("reg-C-1")]
        try store.read { reader throws in
            #expect(try reader.storedEventIDs(among: asked) == Set(stored + [EventID("reg-C-1")]))
            #expect(try reader.storedEventIDs(among: [EventID("x-1"), EventID("E-1")]) == [], "ids are compared exactly")
            #expect(try reader.storedEventIDs(among: []) == [])
            #expect(try reader.containsEvent(id: EventID("e-650")))
            #expect(try !reader.containsEvent(id: EventID("e-700")))
        }
        try store.write { writer throws in
            #expect(try writer.storedEventIDs(among: [EventID("e-0"), EventID("e-700")]) == [EventID("e-0")])
        }
    }
}
