import CaseWatchCore
import CaseWatchTesting
import Testing
@testable import CaseWatchStore

@Test(arguments: StoreBackend.allCases)
func everyEventKindRoundTripsWithOptionalFieldsPresentAndAbsent(_ backend: StoreBackend) throws {
    let scratch = try backend.makeStore()
    let store = scratch.store
    var events = [StoreFixtures.registration("e-0", case: "C-1")]
    for (offset, kind) in StoreFixtures.kindsAfterRegistration.enumerated() {
        let caseID = kind.type == .registered ? "C-2" : "C-1"
        events.append(StoreFixtures.event("e-\(offset + 1)", case: caseID, kind, minutes: Int64(offset)))
    }
    #expect(Set(events.map(\.kind.type)) == Set(CaseEventType.allCases))
    let batch = try store.write { writer throws in
        let batch = try writer.beginBatch(source: "fixtures.jsonl", at: StoreFixtures.t0)
        for event in events {
            try writer.insertEvent(event, batch: batch, recordedAt: StoreFixtures.at(1000))
        }
        return batch
    }
    try store.read { reader throws in
        let stored = try reader.events(of: CaseID("C-1")) + reader.events(of: CaseID("C-2"))
        #expect(stored.map(\.event) == events.filter { $0.caseID.rawValue == "C-1" } + events.filter { $0.caseID.rawValue == "C-2" })
        #expect(stored.allSatisfy { $0.batch == batch && $0.recordedAt == StoreFixtures.at(1000) })
        #expect(stored.filter { $0.event.caseID.rawValue == "C-1" }.map(\.seq) == stored.prefix(events.count - 1).map(\.seq).sorted())
        for event in events {
            #expect(try reader.event(id: event.id)?.event == event)
        }
        #expect(try reader.event(id: EventID("nope")) == nil)
        #expect(try reader.eventCount() == events.count)
        #expect(try reader.caseIDs() == [CaseID("C-1"), CaseID("C-2")])
    }
}

@Test(arguments: StoreBackend.allCases)
func fieldsAreStoredAsSortedJSONObjects(_ backend: StoreBackend) throws {
    let scratch = try backend.makeStore()
    try scratch.store.write { writer throws in
        try writer.insertEvent(StoreFixtures.registration("e-1", case: "C-1"), batch: nil, recordedAt: StoreFixtures.t0)
        try writer.insertEvent(
            StoreFixtures.event("e-2", .extensionRequested(days: 5, reason: "a \"b\"")), batch: nil, recordedAt: StoreFixtures.t0
        )
        try writer.insertEvent(StoreFixtures.event("e-3", .accepted), batch: nil, recordedAt: StoreFixtures.t0)
    }
    #expect(try scratch.textRows("SELECT fields FROM case_events ORDER BY seq") == [
        [#"{"category":"road.pothole","policy_version":"2024.1","urgency":"normal"}"#],
        [#"{"days":"5","reason":"a \"b\""}"#],
        ["{}"],
    ])
    #expect(try scratch.textRows("SELECT id, category, urgency, policy_version, CAST(registered_at AS TEXT) FROM cases") == [
        ["C-1", "road.pothole", "normal", "2024.1", "\(StoreFixtures.t0.secondsSinceEpoch)"],
    ])
}

@Test(arguments: StoreBackend.allCases)
func aDuplicateEventIdRollsBackTheWholeTransaction(_ backend: StoreBackend) throws {
    let scratch = try backend.makeStore()
    let store = scratch.store
    try store.write { writer throws in
        try writer.beginBatch(source: "first", at: StoreFixtures.t0)
    }
    #expect(throws: StoreError.duplicateEvent(EventID("e-1"))) {
        try store.write { writer throws in
            _ = try writer.beginBatch(source: "second", at: StoreFixtures.t0)
            try writer.insertEvent(StoreFixtures.registration("e-1", case: "C-1"), batch: nil, recordedAt: StoreFixtures.t0)
            try writer.saveProjection(try StoreFixtures.projection("C-1"), nextStep: nil)
            try writer.insertEvent(StoreFixtures.event("e-2", .accepted), batch: nil, recordedAt: StoreFixtures.t0)
            try writer.insertEvent(StoreFixtures.event("e-1", .replied), batch: nil, recordedAt: StoreFixtures.t0)
        }
    }
    try store.read { reader throws in
        #expect(try reader.eventCount() == 0)
        #expect(try reader.caseIDs() == [])
        #expect(try reader.projections() == [])
    }
    #expect(try scratch.textRows("SELECT source FROM ingest_batches") == [["first"]])
}

@Test(arguments: StoreBackend.allCases)
func aCaughtDuplicateUndoesOnlyThatEvent(_ backend: StoreBackend) throws {
    let scratch = try backend.makeStore()
    let store = scratch.store
    let skipped = try store.write { writer throws in
        var skipped: [EventID] = []
        let events = [
            StoreFixtures.registration("e-1", case: "C-1"),
            StoreFixtures.registration("e-1", case: "C-2"),  // same id, another case: its case row is undone too
            StoreFixtures.event("e-2", .accepted),
            StoreFixtures.event("e-2", .accepted),
        ]
        for event in events {
            do throws(StoreError) {
                try writer.insertEvent(event, batch: nil, recordedAt: StoreFixtures.t0)
            } catch .duplicateEvent(let id) {
                skipped.append(id)
            }
        }
        return skipped
    }
    #expect(skipped == [EventID("e-1"), EventID("e-2")])
    try store.read { reader throws in
        #expect(try reader.caseIDs() == [CaseID("C-1")])
        #expect(try reader.eventCount() == 2)
    }
}

@Test(arguments: StoreBackend.allCases)
func eventsOfUnregisteredCasesAndSecondRegistrationsAreRefused(_ backend: StoreBackend) throws {
    let scratch = try backend.makeStore()
    let store = scratch.store
    #expect(throws: StoreError.unknownCase(CaseID("C-9"))) {
        try store.write { try $0.insertEvent(StoreFixtures.event("e-1", case: "C-9", .accepted), batch: nil, recordedAt: StoreFixtures.t0) }
    }
    try store.write { try $0.insertEvent(StoreFixtures.registration("e-1", case: "C-1"), batch: nil, recordedAt: StoreFixtures.t0) }
    #expect(throws: StoreError.caseAlreadyRegistered(CaseID("C-1"))) {
        try store.write { try $0.insertEvent(StoreFixtures.registration("e-2", case: "C-1"), batch: nil, recordedAt: StoreFixtures.t0) }
    }
    #expect(throws: StoreError.duplicateEvent(EventID("e-1"))) {
        try store.write { try $0.insertEvent(StoreFixtures.registration("e-1", case: "C-1"), batch: nil, recordedAt: StoreFixtures.t0) }
    }
    #expect(throws: StoreError.unknownBatch(42)) {
        try store.write { try $0.insertEvent(StoreFixtures.event("e-3", .accepted), batch: 42, recordedAt: StoreFixtures.t0) }
    }
    #expect(try store.read { try $0.eventCount() } == 1)
}

/// Every refusal of ``EventLogWriting/insertEvent(_:batch:recordedAt:)``, caught inside one transaction that
/// then goes on: the error names the rule that broke first (a stored id before all else; a second
/// registration before an unknown batch), nothing of the refused event is written, and the events after
/// it are stored.
@Test(arguments: StoreBackend.allCases)
func eachRefusedEventIsUndoneAloneAndNamesTheRuleItBroke(_ backend: StoreBackend) throws {
    let scratch = try backend.makeStore()
    let (batch, refusals) = try scratch.store.write { writer throws in
        let batch = try writer.beginBatch(source: "a.jsonl", at: StoreFixtures.t0)
        try writer.insertEvent(StoreFixtures.registration("e-1", case: "C-1"), batch: batch, recordedAt: StoreFixtures.t0)
        let refused: [(CaseEvent, Int64?)] = [
            (StoreFixtures.event("e-1", case: "C-9", .accepted), nil),  // a stored id, of a case never registered
            (StoreFixtures.registration("e-1", case: "C-2"), batch + 1),  // a stored id, an unknown batch
            (StoreFixtures.registration("e-2", case: "C-1"), batch + 1),  // a second registration, an unknown batch
            (StoreFixtures.registration("e-3", case: "C-3"), batch + 1),  // a new case in an unknown batch
            (StoreFixtures.event("e-4", case: "C-9", .accepted), batch + 1),  // a case never registered, an unknown batch
            (StoreFixtures.event("e-5", .accepted), batch + 1),  // an unknown batch
        ]
        var refusals: [StoreError] = []
        for (event, batch) in refused {
            do throws(StoreError) {
                try writer.insertEvent(event, batch: batch, recordedAt: StoreFixtures.t0)
                Issue.record("\(event.id) was stored")
            } catch {
                refusals.append(error)
            }
        }
        try writer.insertEvent(StoreFixtures.event("e-6", .accepted), batch: batch, recordedAt: StoreFixtures.t0)
        try writer.insertEvent(StoreFixtures.registration("e-7", case: "C-3"), batch: nil, recordedAt: StoreFixtures.t0)
        return (batch, refusals)
    }
    #expect(refusals == [
        .duplicateEvent(EventID("e-1")), .duplicateEvent(EventID("e-1")), .caseAlreadyRegistered(CaseID("C-1")),
        .unknownBatch(batch + 1), .unknownCase(CaseID("C-9")), .unknownBatch(batch + 1),
    ])
    try scratch.store.read { reader throws in
        #expect(try reader.caseIDs() == [CaseID("C-1"), CaseID("C-3")])
        #expect(try reader.events(of: CaseID("C-1")).map(\.event.id) == [EventID("e-1"), EventID("e-6")])
        #expect(try reader.events(of: CaseID("C-3")).map(\.event.id) == [EventID("e-7")])
        #expect(try reader.eventCount() == 3)
    }
}

@Test(arguments: StoreBackend.allCases)
func theEventLogIsAppendOnly(_ backend: StoreBackend) throws {
    let scratch = try backend.makeStore()
    try scratch.store.write { try $0.insertEvent(StoreFixtures.registration("e-1", case: "C-1"), batch: nil, recordedAt: StoreFixtures.t0) }
    scratch.expectRefusal(
        "UPDATE case_events SET actor = 'someone else'",
        saying: "case_events is append-only: an event cannot be changed; record a new event instead"
    )
    scratch.expectRefusal(
        "DELETE FROM case_events", saying: "case_events is append-only: an event cannot be deleted; record a new event instead"
    )
    // A registered case is referred to by its events: the database refuses to delete it too (SQLite by the
    // foreign key, PostgreSQL by a trigger since its events' references are checked per statement).
    let refusal = backend == .sqlite ? "FOREIGN KEY constraint failed" : "cases is kept: a row cannot be deleted or given another id"
    scratch.expectRefusal("DELETE FROM cases", saying: refusal)
    #expect(try scratch.store.read { try $0.events(of: CaseID("C-1")) }.first?.event.actor == "agent-7")
    #expect(try scratch.textRows("SELECT id FROM cases") == [["C-1"]])
}

@Test(arguments: StoreBackend.allCases)
func theLedgerAndAuditChainAreAppendOnly(_ backend: StoreBackend) throws {
    let scratch = try backend.makeStore()
    try scratch.tamper("INSERT INTO ledger (unit_id, kind, points_hundredths, at) VALUES ('cc', 'deduction', 250, 0)")
    try scratch.tamper("INSERT INTO audit (at, actor, action, detail, prev_hash, hash) VALUES (0, 'system', 'init', '', '', 'h1')")
    for table in ["ledger", "audit"] {
        for sql in ["UPDATE \(table) SET at = 1", "DELETE FROM \(table)"] {
            scratch.expectRefusal(sql, saying: "\(table) is append-only")
        }
    }
    #expect(try scratch.textRows("SELECT CAST(at AS TEXT) FROM ledger UNION ALL SELECT CAST(at AS TEXT) FROM audit") == [["0"], ["0"]])
}

@Test(arguments: StoreBackend.allCases)
func aStoredEventThatNoLongerDecodesIsReportedCorruptWithItsSeq(_ backend: StoreBackend) throws {
    let scratch = try backend.makeStore()
    let store = scratch.store
    try store.write { try $0.insertEvent(StoreFixtures.registration("e-1", case: "C-1"), batch: nil, recordedAt: StoreFixtures.t0) }
    let rows = [
        ("e-2", "dispatched", "{}"),
        ("e-3", "teleported", "{}"),
        ("e-4", "closed", #"{"satisfaction":"ecstatic"}"#),
        ("e-5", "accepted", #"{"days":5}"#),
    ]
    for (id, type, fields) in rows {
        try scratch.tamper("""
            INSERT INTO case_events (event_id, case_id, type, at, actor, fields, recorded_at)
            VALUES ('\(id)', 'C-1', '\(type)', 0, 'x', '\(fields)', 0)
            """)
    }
    let expectations = [
        "event seq 2 (id 'e-2') does not decode as a 'dispatched' event: field 'unit': missing",
        "event seq 3 (id 'e-3') has an unknown type 'teleported'",
        "event seq 4 (id 'e-4') does not decode as a 'closed' event: field 'satisfaction': 'ecstatic' is not a satisfaction",
        "event seq 5 (id 'e-5') has fields that are not a JSON object of strings",
    ]
    for ((id, _, _), expected) in zip(rows, expectations) {
        let error = #expect(throws: StoreError.self) { try store.read { try $0.event(id: EventID(id)) } }
        guard case let .corrupt(detail) = error else {
            Issue.record("expected .corrupt, got \(String(describing: error))")
            continue
        }
        #expect(detail.hasPrefix(expected), "\(detail)")
    }
    #expect(throws: StoreError.self) { try store.read { try $0.events(of: CaseID("C-1")) } }
}

@Test(arguments: StoreBackend.allCases)
func batchesRecordTheirCountsOnce(_ backend: StoreBackend) throws {
    let scratch = try backend.makeStore()
    let store = scratch.store
    let (first, second) = try store.write { writer throws in
        (try writer.beginBatch(source: "a.jsonl", at: StoreFixtures.t0), try writer.beginBatch(source: "b.jsonl", at: StoreFixtures.t0))
    }
    #expect(second > first)
    try store.write { try $0.finishBatch(first, events: 10, duplicates: 2, at: StoreFixtures.at(1)) }
    #expect(throws: StoreError.batchAlreadyFinished(first)) {
        try store.write { try $0.finishBatch(first, events: 1, duplicates: 0, at: StoreFixtures.at(2)) }
    }
    #expect(throws: StoreError.unknownBatch(second + 1)) {
        try store.write { try $0.finishBatch(second + 1, events: 1, duplicates: 0, at: StoreFixtures.at(2)) }
    }
    #expect(try scratch.textRows("""
        SELECT CAST(events AS TEXT), CAST(duplicates AS TEXT), CAST(finished_at AS TEXT) FROM ingest_batches WHERE id = \(first)
        """) == [["10", "2", "\(StoreFixtures.at(1).secondsSinceEpoch)"]])
    #expect(try scratch.textRows("SELECT CAST(finished_at AS TEXT) FROM ingest_batches WHERE id = \(second)") == [[nil]])
}

@Test(arguments: StoreBackend.allCases)
func metaValuesAreReplaced(_ backend: StoreBackend) throws {
    let scratch = try backend.makeStore()
    let store = scratch.store
    #expect(try store.read { try $0.meta("policy_dir") } == nil)
    try store.write { try $0.setMeta("policy_dir", "/etc/casewatch") }
    try store.write { writer throws in
        try writer.setMeta("policy_dir", "/srv/casewatch")
        #expect(try writer.meta("policy_dir") == "/srv/casewatch")
    }
    #expect(try store.read { try $0.meta("policy_dir") } == "/srv/casewatch")
}
