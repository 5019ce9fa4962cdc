import CaseWatchCore
import CaseWatchTesting
import GRDB
import Testing
@testable import CaseWatchStore

@Test func everyEventKindRoundTripsWithOptionalFieldsPresentAndAbsent() throws {
    try TemporaryStore.with { store throws in
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
}

@Test func fieldsAreStoredAsSortedJSONObjects() throws {
    try TemporaryStore.with { store throws in
        try store.write { writer throws in
            try writer.insertEvent(StoreFixtures.registration("e-1", case: "C-1"), batch: nil, recordedAt: StoreFixtures.t0)
            try writer.insertEvent(
                StoreFixtures.event("e-2", .extensionRequested(days: 5, reason: "a \"b\"")), batch: nil, recordedAt: StoreFixtures.t0
            )
            try writer.insertEvent(StoreFixtures.event("e-3", .accepted), batch: nil, recordedAt: StoreFixtures.t0)
        }
        let fields = try store.pool.read { db in try String.fetchAll(db, sql: "SELECT fields FROM case_events ORDER BY seq") }
        #expect(fields == [
            #"{"category":"road.pothole","policy_version":"2024.1","urgency":"normal"}"#,
            #"{"days":"5","reason":"a \"b\""}"#,
            "{}",
        ])
        let cases = try store.pool.read { db in try Row.fetchAll(db, sql: "SELECT * FROM cases") }
        #expect(cases.count == 1)
        #expect(cases.first?["category"] == "road.pothole")
        #expect(cases.first?["registered_at"] == StoreFixtures.t0.secondsSinceEpoch)
    }
}

@Test func aDuplicateEventIdRollsBackTheWholeTransaction() throws {
    try TemporaryStore.with { store throws in
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
        let batches = try store.pool.read { db in try String.fetchAll(db, sql: "SELECT source FROM ingest_batches") }
        #expect(batches == ["first"])
    }
}

@Test func aCaughtDuplicateUndoesOnlyThatEvent() throws {
    try TemporaryStore.with { store throws in
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
}

@Test func eventsOfUnregisteredCasesAndSecondRegistrationsAreRefused() throws {
    try TemporaryStore.with { store throws in
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
}

@Test func theEventLogIsAppendOnly() throws {
    try TemporaryStore.with { store throws in
        try store.write { try $0.insertEvent(StoreFixtures.registration("e-1", case: "C-1"), batch: nil, recordedAt: StoreFixtures.t0) }
        for sql in ["UPDATE case_events SET actor = 'someone else'", "DELETE FROM case_events", "DELETE FROM cases"] {
            let error = #expect(throws: DatabaseError.self) { try store.pool.write { db in try db.execute(sql: sql) } }
            #expect(error?.resultCode == .SQLITE_CONSTRAINT, "\(sql)")
        }
        let update = #expect(throws: DatabaseError.self) {
            try store.pool.write { db in try db.execute(sql: "UPDATE case_events SET actor = 'x'") }
        }
        #expect(update?.message == "case_events is append-only: an event cannot be changed; record a new event instead")
        let delete = #expect(throws: DatabaseError.self) {
            try store.pool.write { db in try db.execute(sql: "DELETE FROM case_events") }
        }
        #expect(delete?.message == "case_events is append-only: an event cannot be deleted; record a new event instead")
        #expect(try store.read { try $0.events(of: CaseID("C-1")) }.first?.event.actor == "agent-7")
    }
}

@Test func theLedgerAndAuditChainAreAppendOnly() throws {
    try TemporaryStore.with { store throws in
        try store.pool.write { db throws in
            try db.execute(sql: "INSERT INTO ledger (unit_id, kind, points_hundredths, at) VALUES ('cc', 'deduction', 250, 0)")
            try db.execute(sql: "INSERT INTO audit (at, actor, action, detail, prev_hash, hash) VALUES (0, 'system', 'init', '', '', 'h1')")
        }
        for table in ["ledger", "audit"] {
            for sql in ["UPDATE \(table) SET at = 1", "DELETE FROM \(table)"] {
                let error = #expect(throws: DatabaseError.self) { try store.pool.write { db in try db.execute(sql: sql) } }
                #expect(error?.message?.hasPrefix("\(table) is append-only") == true, "\(sql)")
            }
        }
    }
}

@Test func aStoredEventThatNoLongerDecodesIsReportedCorruptWithItsSeq() throws {
    try TemporaryStore.with { store throws in
        try store.write { try $0.insertEvent(StoreFixtures.registration("e-1", case: "C-1"), batch: nil, recordedAt: StoreFixtures.t0) }
        let rows = [
            ("e-2", "dispatched", "{}"),
            ("e-3", "teleported", "{}"),
            ("e-4", "closed", #"{"satisfaction":"ecstatic"}"#),
            ("e-5", "accepted", #"{"days":5}"#),
        ]
        try store.pool.write { db throws in
            for (id, type, fields) in rows {
                try db.execute(
                    sql: "INSERT INTO case_events (event_id, case_id, type, at, actor, fields, recorded_at) VALUES (?, 'C-1', ?, 0, 'x', ?, 0)",
                    arguments: [id, type, fields]
                )
            }
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
}

@Test func batchesRecordTheirCountsOnce() throws {
    try TemporaryStore.with { store throws in
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
        let row = try #require(try store.pool.read { db in try Row.fetchOne(db, sql: "SELECT * FROM ingest_batches WHERE id = ?", arguments: [first]) })
        #expect(row["events"] == 10)
        #expect(row["duplicates"] == 2)
        #expect(row["finished_at"] == StoreFixtures.at(1).secondsSinceEpoch)
    }
}

@Test func metaValuesAreReplaced() throws {
    try TemporaryStore.with { store throws in
        #expect(try store.read { try $0.meta("policy_dir") } == nil)
        try store.write { try $0.setMeta("policy_dir", "/etc/casewatch") }
        try store.write { writer throws in
            try writer.setMeta("policy_dir", "/srv/casewatch")
            #expect(try writer.meta("policy_dir") == "/srv/casewatch")
        }
        #expect(try store.read { try $0.meta("policy_dir") } == "/srv/casewatch")
    }
}
