import CaseWatchCore
import CaseWatchStore

extension PostgresStoreReader: EventLogReading {
    /// The stored event with `id`, nil when none is stored.
    func event(id: EventID) throws(StoreError) -> StoredEvent? {
        try session.row("SELECT \(EventColumns.selection) FROM case_events WHERE event_id = $1", [id.rawValue])
            .map { row throws(StoreError) in try EventColumns.storedEvent(row) }
    }

    /// Whether an event with `id` is stored (cheaper than reading it).
    func containsEvent(id: EventID) throws(StoreError) -> Bool {
        try session.row("SELECT 1 FROM case_events WHERE event_id = $1", [id.rawValue]) != nil
    }

    /// The ids among `ids` that are stored, in one lookup: PostgreSQL takes them as one array parameter.
    func storedEventIDs(among ids: [EventID]) throws(StoreError) -> Set<EventID> {
        guard !ids.isEmpty else { return [] }
        // One index probe per id: a LATERAL subquery with OFFSET 0 is not flattened into a join, which the
        // planner, its statistics lagging behind a fast-growing log, would make a hash of the whole table.
        let rows = try session.rows("""
            SELECT e.event_id FROM unnest($1::text[]) AS i(id)
            CROSS JOIN LATERAL (SELECT event_id FROM case_events WHERE event_id = i.id OFFSET 0) e
            """, [ids.map(\.rawValue)])
        var found: Set<EventID> = []
        for row in rows { found.insert(EventID(try row.text(0))) }
        return found
    }

    /// A case's events in the order they were stored.
    func events(of caseID: CaseID) throws(StoreError) -> [StoredEvent] {
        try session.rows("SELECT \(EventColumns.selection) FROM case_events WHERE case_id = $1 ORDER BY seq", [caseID.rawValue])
            .map { row throws(StoreError) in try EventColumns.storedEvent(row) }
    }

    /// How many events the log holds.
    func eventCount() throws(StoreError) -> Int {
        try session.row("SELECT COUNT(*) FROM case_events")?.count(0) ?? 0
    }

    /// The sequence number of the latest stored event, 0 when the log is empty: a position in the log to
    /// follow it from.
    func latestEventSequence() throws(StoreError) -> Int64 {
        try session.row("SELECT COALESCE(MAX(seq), 0) FROM case_events")?.int(0) ?? 0
    }

    /// The cases with an event stored after position `sequence` of the log, and the latest position.
    ///
    /// Reading by `seq > sequence` misses nothing: writers hold the store's write lock from before they take
    /// a `seq` until after their commit is visible, so a later `seq` is never committed before an earlier
    /// one. One row per case, its latest position, so the answer grows with the cases, not the events.
    func casesWithEvents(after sequence: Int64) throws(StoreError) -> (cases: Set<CaseID>, through: Int64) {
        let rows = try session.rows("SELECT case_id, MAX(seq) FROM case_events WHERE seq > $1 GROUP BY case_id", [sequence])
        var cases: Set<CaseID> = []
        var through = sequence
        for row in rows {
            cases.insert(CaseID(try row.text(0)))
            through = max(through, try row.int(1))
        }
        return (cases, through)
    }
}
