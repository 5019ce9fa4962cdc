import CaseWatchCore
import CaseWatchStore
import CaseWatchTesting
import Testing

@_spi(Testing) @testable import CaseWatchPostgres

/// Migration pg-v2: the event log's rules checked once per statement hold as pg-v1's foreign keys and JSON
/// check did, against SQL written around the store; a pg-v1 store moves to it with its events; and COPY, which
/// bulk intake now streams through, stores text exactly, escapes and all.
@Suite(.enabled(if: ThrowawayPostgres.unavailableReason == nil, "no PostgreSQL 13+ to start: apt-get install -y postgresql-15"))
struct StatementChecksTests {
    /// The test's own database, dropped with it.
    private let database: ScratchDatabase

    init() throws {
        database = try SharedPostgres.server().makeDatabase()
    }

    /// A store with case C-1 registered and batch 1 begun, written around the store's API.
    private func storeWithACase() throws -> PostgresCaseStore {
        let store = try PostgresCaseStore.migrate(database.location).store
        try store.executeForTesting("INSERT INTO cases (id, category, urgency, registered_at) VALUES ('C-1', 'road', 'normal', 0)")
        try store.executeForTesting("INSERT INTO ingest_batches (id, source, started_at) VALUES (1, 'test', 0)")
        return store
    }

    /// An INSERT of one event of `caseID` in `batch` with `fields`.
    private func insert(_ id: String, case caseID: String = "C-1", batch: String = "NULL", fields: String = "{}") -> String {
        "INSERT INTO case_events (event_id, case_id, type, at, actor, fields, batch_id, recorded_at) VALUES ('\(id)', '\(caseID)', 'accepted', 0, 'a', '\(fields)', \(batch), 0)"
    }

    /// The message of what `sql` throws, nil when it is stored.
    private func refusal(_ sql: String, on store: PostgresCaseStore) -> String? {
        do {
            try store.executeForTesting(sql)
            return nil
        } catch {
            return error.description
        }
    }

    @Test func anEventOfAnUnregisteredCaseOrAnUnknownBatchIsRefused() throws {
        let store = try storeWithACase()
        #expect(refusal(insert("e-1"), on: store) == nil)
        #expect(refusal(insert("e-2", batch: "1"), on: store) == nil)
        let noCase = refusal(insert("e-3", case: "NEVER"), on: store)
        #expect(noCase?.contains(#"event "e-3" names case "NEVER", which is not registered (SQLSTATE 23503)"#) == true, "\(noCase ?? "stored")")
        let noBatch = refusal(insert("e-4", batch: "404"), on: store)
        #expect(noBatch?.contains(#"event "e-4" names ingest batch 404, which does not exist (SQLSTATE 23503)"#) == true, "\(noBatch ?? "stored")")
        let oneOfMany = refusal("""
            INSERT INTO case_events (event_id, case_id, type, at, actor, recorded_at)
            SELECT 'm-' || n, CASE WHEN n = 700 THEN 'NEVER' ELSE 'C-1' END, 'accepted', n, 'a', 0 FROM generate_series(1, 1000) n
            """, on: store)
        #expect(oneOfMany?.contains(#"event "m-700" names case "NEVER""#) == true, "\(oneOfMany ?? "stored")")
        #expect(try store.read { try $0.events(of: CaseID("C-1")) }.map(\.event.id.rawValue) == ["e-1", "e-2"], "nothing refused was stored")
    }

    @Test func fieldsMustBeAJSONObject() throws {
        let store = try storeWithACase()
        #expect(refusal(insert("e-1", fields: #"{"unit": "u1"}"#), on: store) == nil)
        let notJSON = refusal(insert("e-2", fields: "{unit"), on: store)
        #expect(notJSON?.contains("invalid input syntax for type json") == true, "\(notJSON ?? "stored")")
        let array = refusal(insert("e-3", fields: "[1, 2]"), on: store)
        #expect(array?.contains("case_events_fields_check") == true, "\(array ?? "stored")")
    }

    @Test func casesAndBatchesAnEventNamesCannotGo() throws {
        let store = try storeWithACase()
        try store.executeForTesting(insert("e-1", batch: "1"))
        for sql in [
            "DELETE FROM cases", "TRUNCATE cases CASCADE", "UPDATE cases SET id = 'C-2'",
            "DELETE FROM ingest_batches", "TRUNCATE ingest_batches CASCADE", "UPDATE ingest_batches SET id = 2",
        ] {
            let refused = refusal(sql, on: store)
            #expect(refused?.contains("is kept: a row cannot be deleted or given another id") == true, "\(sql): \(refused ?? "done")")
        }
        try store.executeForTesting("UPDATE cases SET policy_version = '2024.2'")
        try store.executeForTesting("UPDATE ingest_batches SET finished_at = 1, events = 1")
        #expect(try store.read { try $0.events(of: CaseID("C-1")) }.count == 1)
    }

    @Test func aPgV1StoreMovesToPgV2WithItsEvents() throws {
        let location = database.location
        let old = try PostgresCaseStore.migrateForTesting(location, through: PostgresSchemaV1.identifier)
        #expect(try old.schemaVersion() == PostgresSchemaV1.identifier)
        let events = [registration("r-1", case: "C-1"), accepted("a-1", case: "C-1")]
        try old.write { writer in
            let batch = try writer.beginBatch(source: "old", at: Instant(secondsSinceEpoch: 0))
            for event in events { try writer.insertEvent(event, batch: batch, recordedAt: Instant(secondsSinceEpoch: 1)) }
        }
        let (store, applied) = try PostgresCaseStore.migrate(location)
        #expect(applied == [PostgresSchemaV2.identifier])
        #expect(try store.read { try $0.events(of: CaseID("C-1")) }.map(\.event) == events)
        #expect(refusal(insert("e-9", case: "NEVER"), on: store)?.contains("SQLSTATE 23503") == true)
    }

    @Test func copyStoresTextExactly() throws {
        let store = try PostgresCaseStore.migrate(database.location).store
        let awkward = "tab\there, newline\nthere, cr\r, backslash \\ and \\N, 居民 🚧, ctrl\u{01}"
        let events = [
            CaseEvent(id: EventID("r \\N"), caseID: CaseID("C\t1"), at: Instant(secondsSinceEpoch: 60), actor: awkward,
                      kind: .registered(category: CaseCategory("road.pothole")!, urgency: Urgency("normal"), policyVersion: "v\\1")),
            CaseEvent(id: EventID("a\n1"), caseID: CaseID("C\t1"), at: Instant(secondsSinceEpoch: 120), actor: "",
                      kind: .suspended(reason: awkward)),
        ]
        try store.write { try $0.insertEvents(events.map { ($0, recordedAt: Instant(secondsSinceEpoch: 7)) }, batch: nil) }
        let stored = try store.read { try $0.events(of: CaseID("C\t1")) }
        #expect(stored.map(\.event) == events)
        #expect(stored.map(\.recordedAt) == [Instant(secondsSinceEpoch: 7), Instant(secondsSinceEpoch: 7)])
    }

    @Test func copyTextEscapesWhatCopyWouldReadAsSyntax() throws {
        let store = try PostgresCaseStore.migrate(database.location).store
        try store.executeForTesting("CREATE TABLE copied (n BIGINT, t TEXT, u TEXT)")
        let values: [String?] = ["tab\there", "new\nline", "cr\r", "back\\slash \\N", "\\.", "", nil, "居民 🚧 ctrl\u{01}"]
        var rows = PostgresCopyText(columns: 3)
        for (index, value) in values.enumerated() {
            rows.startRow()
            rows.integer(Int64(index))
            rows.text(value)
            rows.integer(index == 2 ? nil : Int64(index))
        }
        let read = try store.withSession { session throws(StoreError) in
            do throws(PostgresFailure) {
                try session.copy(rows, into: "copied", columns: ["n", "t", "u"])
            } catch {
                throw error.storeError
            }
            return try session.rows("SELECT t, u FROM copied ORDER BY n").map { row throws(StoreError) -> (String?, String?) in
                (try row.decode(0, as: String?.self), try row.decode(1, as: String?.self))
            }
        }
        #expect(read.map(\.0) == values)
        #expect(read.map(\.1) == values.indices.map { $0 == 2 ? nil : String($0) })
    }

    private func registration(_ id: String, case caseID: String) -> CaseEvent {
        CaseEvent(id: EventID(id), caseID: CaseID(caseID), at: Instant(secondsSinceEpoch: 60), actor: "agent",
                  kind: .registered(category: CaseCategory("road.pothole")!, urgency: Urgency("normal"), policyVersion: nil))
    }

    private func accepted(_ id: String, case caseID: String) -> CaseEvent {
        CaseEvent(id: EventID(id), caseID: CaseID(caseID), at: Instant(secondsSinceEpoch: 120), actor: "agent", kind: .accepted)
    }
}
