import CaseWatchCore
import CaseWatchEngine
import CaseWatchStore
import Testing

@testable import CaseWatchHTTP

/// The group commit of `POST /v1/events`: requests written together, each in its own savepoint, so that
/// one request's conflict rolls back only its own records.
@Suite struct IngestGroupCommitTests {
    func records(_ lines: [String]) -> [IntakeRecord] {
        JSONLinesEventReader.read(lines.joined(separator: "\n")).records
    }

    @Test func aConflictRollsBackOnlyItsOwnRequest() async throws {
        let bed = try APITestBed()
        let intake = EventIntake(store: bed.store, catalog: bed.policies)
        let commits = IngestGroupCommit(store: bed.store)
        let first = records(APITestBed.noiseCase("C1"))
        // Checked before the first was stored, the second reuses its event id with other content: only the
        // write can tell, and it must roll back the second's other event (C2-1) with it.
        let second = records([
            APITestBed.line("C2-1", case: "C2", "registered", fields: ["category": "road", "urgency": "normal"]),
            APITestBed.line("C1-1", case: "C1", "registered", fields: ["category": "road", "urgency": "normal"]),
        ])
        let secondCheck = try intake.check(second)
        #expect(secondCheck.problems.isEmpty)
        let written = try await commits.write(try intake.check(first), intake: intake, source: "test", actor: "key:a", recordedAt: APITestBed.start)
        #expect(written.stored == 2)
        await #expect(throws: IntakeConflict.self) {
            try await commits.write(secondCheck, intake: intake, source: "test", actor: "key:b", recordedAt: APITestBed.start)
        }
        #expect(try bed.store.read { try $0.event(id: EventID("C2-1")) } == nil)
        #expect(try bed.eventCount() == 2)
    }

    @Test func inOneSharedTransactionAConflictRollsBackOnlyItsOwnPart() throws {
        let bed = try APITestBed()
        let intake = EventIntake(store: bed.store, catalog: bed.policies)
        let first = records(APITestBed.noiseCase("C1"))
        let second = records([
            APITestBed.line("C2-1", case: "C2", "registered", fields: ["category": "road", "urgency": "normal"]),
            APITestBed.line("C1-1", case: "C1", "registered", fields: ["category": "road", "urgency": "normal"]),
        ])
        let third = records(APITestBed.noiseCase("C3"))
        // The second checked before the first is written: its simulation of C1 no longer holds.
        let secondCheck = try intake.check(second)
        try bed.store.write { writer in
            _ = try intake.write(first, source: "test", actor: "key:a", recordedAt: APITestBed.start, into: writer)
            #expect(throws: IntakeConflict.self) {
                try intake.write(secondCheck, source: "test", actor: "key:b", recordedAt: APITestBed.start, into: writer)
            }
            _ = try intake.write(third, source: "test", actor: "key:c", recordedAt: APITestBed.start, into: writer)
        }
        #expect(try bed.store.read { try $0.event(id: EventID("C2-1")) } == nil)
        #expect(try bed.eventCount() == 4)
        #expect(try bed.store.read { try $0.auditEntries().filter { $0.action == "ingest.batch" }.map(\.actor) } == ["key:a", "key:c"])
    }

    @Test func concurrentRequestsAreEachTheirOwnBatch() async throws {
        let bed = try APITestBed()
        let intake = EventIntake(store: bed.store, catalog: bed.policies)
        let commits = IngestGroupCommit(store: bed.store)
        let batches = try await withThrowingTaskGroup(of: IntakeBatchWrite.self) { group in
            for n in 0..<40 {
                let parts = try intake.check(records((0..<5).flatMap { APITestBed.noiseCase("C\(n)-\($0)") }))
                group.addTask { try await commits.write(parts, intake: intake, source: "test", actor: "key:a", recordedAt: APITestBed.start) }
            }
            return try await group.reduce(into: []) { $0.append($1) }
        }
        #expect(batches.map(\.stored) == Array(repeating: 10, count: 40))
        #expect(Set(batches.map(\.batch)).count == 40)
        #expect(try bed.eventCount() == 400)
    }
}
