import CaseWatchCore
import CaseWatchStore

extension PostgresStoreWriter {
    /// Appends `events` in order in one statement (their cases with the `registered` ones), each recorded at
    /// the instant given with it, as
    /// ``insertEvent(_:batch:recordedAt:)`` does each; throws its error for the first event refused (the
    /// caller's transaction then rolls back).
    ///
    /// The events and their new cases are streamed with COPY, in a savepoint; the schema refuses what the
    /// single INSERTs would (a duplicate id or case, an unregistered case, an unknown batch, fields that are
    /// not a JSON object). When it does, the savepoint is undone and the batch is written again by one
    /// INSERT that skips what it must refuse, so that the first event refused can be named with its error.
    func insertEvents(_ events: [(CaseEvent, recordedAt: Instant)], batch: Int64?) throws(StoreError) {
        guard !events.isEmpty else { return }
        if try copied(events, batch: batch) { return }
        var records = JSONRecords(names: Self.bulkEventNames)
        for (index, (event, recordedAt)) in events.enumerated() {
            records.startRow()
            records.integer(Int64(index))
            EventColumns.values(of: event, batch: batch, recordedAt: recordedAt, into: &records)
            _ = CaseRegistrationColumns.values(of: event, into: &records)
        }
        let inserted = try session.rows(Self.insertBulkEvents, [records.json()]).map { row throws(StoreError) in try row.text(0) }
        guard inserted.count != events.count else { return }
        let stored = Set(inserted)
        guard let (refused, recordedAt) = events.first(where: { !stored.contains($0.0.id.rawValue) }) else {
            throw .postgres("the bulk INSERT of events stored \(inserted.count) of \(events.count), none of them refused")
        }
        try insertEvent(refused, batch: batch, recordedAt: recordedAt)
        throw .postgres("the bulk INSERT of events refused event '\(refused.id)', which alone is stored")
    }

    /// Streams `events` and the cases they register with COPY in a savepoint; false, with nothing written,
    /// when the server refuses a row.
    private func copied(_ events: [(CaseEvent, recordedAt: Instant)], batch: Int64?) throws(StoreError) -> Bool {
        var rows = PostgresCopyText(columns: EventColumns.names.count, capacity: events.count * 160)
        var cases = PostgresCopyText(columns: CaseRegistrationColumns.names.count)
        for (event, recordedAt) in events {
            rows.startRow()
            EventColumns.values(of: event, batch: batch, recordedAt: recordedAt, into: &rows)
            if case .registered = event.kind {
                cases.startRow()
                _ = CaseRegistrationColumns.values(of: event, into: &cases)
            }
        }
        return try session.attemptInSavepoint { () throws(PostgresFailure) in
            try session.copy(cases, into: "cases", columns: CaseRegistrationColumns.names)
            try session.copy(rows, into: "case_events", columns: EventColumns.names)
        }
    }

    /// The record members: `n` (the order), the event's columns, then its case's (prefixed `r_`, given for a
    /// `registered` event only).
    private static let bulkEventNames = ["n"] + EventColumns.names + CaseRegistrationColumns.names.map { "r_" + $0 }

    /// The INSERT of the records in `$1` under the rules of the single INSERTs: a case only with its new
    /// `registered` event, an event only of a registered case, an id only once, a known batch; selects the
    /// ids stored.
    private static let insertBulkEvents = """
        WITH batch AS (
            SELECT * FROM json_to_recordset($1::json) AS b(
                n bigint, event_id text, case_id text, type text, "at" bigint, actor text, fields text, batch_id bigint,
                recorded_at bigint, r_id text, r_category text, r_urgency text, r_policy_version text, r_registered_at bigint)
            WHERE b.batch_id IS NULL OR EXISTS (SELECT 1 FROM ingest_batches WHERE id = b.batch_id)
        ),
        registered AS (
            INSERT INTO cases (\(CaseRegistrationColumns.list))
            SELECT \(CaseRegistrationColumns.names.map { "r_" + $0 }.joined(separator: ", ")) FROM batch b
            WHERE b.r_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM case_events WHERE event_id = b.event_id)
            ORDER BY n
            ON CONFLICT (id) DO NOTHING
            RETURNING id
        ),
        inserted AS (
            INSERT INTO case_events (\(EventColumns.list))
            SELECT \(EventColumns.names.map { "b.\"\($0)\"" }.joined(separator: ", ")) FROM batch b
            WHERE b.case_id IN (SELECT id FROM registered)
                OR (b.r_id IS NULL AND EXISTS (SELECT 1 FROM cases WHERE id = b.case_id))
            ORDER BY n
            ON CONFLICT (event_id) DO NOTHING
            RETURNING event_id
        )
        SELECT event_id FROM inserted
        """
}
