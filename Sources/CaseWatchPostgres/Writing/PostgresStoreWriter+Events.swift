import CaseWatchCore
import CaseWatchStore

extension PostgresStoreWriter: EventLogWriting {
    /// Appends an event to the log; a `registered` event also stores its case.
    ///
    /// Throws ``StoreError/duplicateEvent(_:)`` when the id is already stored,
    /// ``StoreError/unknownCase(_:)`` for an event of a case never registered,
    /// ``StoreError/caseAlreadyRegistered(_:)`` for a second registration, ``StoreError/unknownBatch(_:)``.
    /// A refused event writes nothing.
    ///
    /// One statement and no savepoint, as intake runs it once per event: the statement inserts only when
    /// every rule holds (checked in the statement itself: writes are serialized, so nothing changes between
    /// its check and its insert), so no constraint fails and aborts the transaction; when it inserts
    /// nothing, one more read of what is stored says which rule refused it.
    func insertEvent(_ event: CaseEvent, batch: Int64?, recordedAt: Instant) throws(StoreError) {
        var values = PostgresParameters()
        EventColumns.values(of: event, batch: batch, recordedAt: recordedAt, into: &values)
        let registers = CaseRegistrationColumns.values(of: event, into: &values)
        let inserted = try session.execute(registers ? Self.insertRegistration : Self.insertEvent, values.values)
        guard inserted == 0 else { return }
        guard let facts = try session.row("""
            SELECT EXISTS (SELECT 1 FROM case_events WHERE event_id = $1), EXISTS (SELECT 1 FROM cases WHERE id = $2)
            """, [event.id.rawValue, event.caseID.rawValue]) else {
            throw .postgres("the check of a refused event returned no row")
        }
        throw EventRefusal.error(for: event, batch: batch, idStored: try facts.bool(0), caseRegistered: try facts.bool(1))
    }

    /// The event's own values, `$1` to `$8` in ``EventColumns/names`` order.
    private static let eventValues = PostgresParameters.placeholders(EventColumns.names.count)

    /// The INSERT of an event of a registered case, into a known batch (`$7`, or none), with a new id.
    private static let insertEvent = """
        INSERT INTO case_events (\(EventColumns.list))
        SELECT \(eventValues)
        WHERE EXISTS (SELECT 1 FROM cases WHERE id = $2)
            AND ($7::bigint IS NULL OR EXISTS (SELECT 1 FROM ingest_batches WHERE id = $7))
        ON CONFLICT (event_id) DO NOTHING
        """

    /// The INSERT of a `registered` event with its case (`$9` to `$13` in ``CaseRegistrationColumns/names``
    /// order): both or neither, when the id is new, the case not yet registered and the batch known.
    private static let insertRegistration = """
        WITH registered AS (
            INSERT INTO cases (\(CaseRegistrationColumns.list))
            SELECT \(PostgresParameters.placeholders(CaseRegistrationColumns.names.count, from: EventColumns.names.count + 1))
            WHERE NOT EXISTS (SELECT 1 FROM case_events WHERE event_id = $1)
                AND ($7::bigint IS NULL OR EXISTS (SELECT 1 FROM ingest_batches WHERE id = $7))
            ON CONFLICT (id) DO NOTHING
            RETURNING id
        )
        INSERT INTO case_events (\(EventColumns.list))
        SELECT \(eventValues) FROM registered
        """
}
