import CaseWatchCore
import GRDB

extension SQLiteStoreReader {
    /// The stored event with `id`, nil when none is stored.
    public func event(id: EventID) throws(StoreError) -> StoredEvent? {
        try storeOperation {
            let statement = try db.cachedStatement(sql: "SELECT \(EventColumns.selection) FROM case_events WHERE event_id = ?")
            return try Row.fetchOne(statement, arguments: [id.rawValue]).map { row throws(StoreError) in try EventColumns.storedEvent(row) }
        }
    }

    /// Whether an event with `id` is stored (cheaper than reading it).
    public func containsEvent(id: EventID) throws(StoreError) -> Bool {
        try storeOperation {
            let statement = try db.cachedStatement(sql: "SELECT 1 FROM case_events WHERE event_id = ?")
            return try Bool.fetchOne(statement, arguments: [id.rawValue]) != nil
        }
    }

    /// The ids among `ids` that are stored, looked up a few hundred at a time.
    public func storedEventIDs(among ids: [EventID]) throws(StoreError) -> Set<EventID> {
        try storeOperation {
            var found: Set<EventID> = []
            var start = 0
            while start < ids.count {
                let chunk = ids[start..<min(start + 500, ids.count)]
                let placeholders = Array(repeating: "?", count: chunk.count).joined(separator: ",")
                let statement = try db.cachedStatement(sql: "SELECT event_id FROM case_events WHERE event_id IN (\(placeholders))")
                for id in try String.fetchAll(statement, arguments: StatementArguments(chunk.map(\.rawValue))) {
                    found.insert(EventID(id))
                }
                start += chunk.count
            }
            return found
        }
    }

    /// A case's events in the order they were stored.
    public func events(of caseID: CaseID) throws(StoreError) -> [StoredEvent] {
        try storeOperation {
            let statement = try db.cachedStatement(
                sql: "SELECT \(EventColumns.selection) FROM case_events WHERE case_id = ? ORDER BY seq"
            )
            return try Row.fetchAll(statement, arguments: [caseID.rawValue])
                .map { row throws(StoreError) in try EventColumns.storedEvent(row) }
        }
    }

    /// How many events the log holds.
    public func eventCount() throws(StoreError) -> Int {
        try storeOperation { try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM case_events") ?? 0 }
    }

    /// The sequence number of the latest stored event, 0 when the log is empty: a position in the log to
    /// follow it from.
    public func latestEventSequence() throws(StoreError) -> Int64 {
        try storeOperation { try Int64.fetchOne(db, sql: "SELECT MAX(seq) FROM case_events") ?? 0 }
    }

    /// The cases with an event stored after position `sequence` of the log, and the latest position.
    public func casesWithEvents(after sequence: Int64) throws(StoreError) -> (cases: Set<CaseID>, through: Int64) {
        try storeOperation {
            var cases: Set<CaseID> = []
            var through = sequence
            let cursor = try Row.fetchCursor(
                db.cachedStatement(sql: "SELECT seq, case_id FROM case_events WHERE seq > ? ORDER BY seq"), arguments: [sequence]
            )
            while let row = try cursor.next() {
                through = row[0]
                cases.insert(CaseID(row[1] as String))
            }
            return (cases, through)
        }
    }
}
