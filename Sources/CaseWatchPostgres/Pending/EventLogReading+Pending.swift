import CaseWatchCore
import CaseWatchStore

// Not yet on PostgreSQL: each of these calls says so. Replaced, file by file, by the real EventLogReading.
extension PostgresStoreReader: EventLogReading {
    func event(id: EventID) throws(StoreError) -> StoredEvent? {
        throw .postgres("\(#function) is not yet implemented on PostgreSQL")
    }

    func containsEvent(id: EventID) throws(StoreError) -> Bool {
        throw .postgres("\(#function) is not yet implemented on PostgreSQL")
    }

    func storedEventIDs(among ids: [EventID]) throws(StoreError) -> Set<EventID> {
        throw .postgres("\(#function) is not yet implemented on PostgreSQL")
    }

    func events(of caseID: CaseID) throws(StoreError) -> [StoredEvent] {
        throw .postgres("\(#function) is not yet implemented on PostgreSQL")
    }

    func eventCount() throws(StoreError) -> Int {
        throw .postgres("\(#function) is not yet implemented on PostgreSQL")
    }

    func latestEventSequence() throws(StoreError) -> Int64 {
        throw .postgres("\(#function) is not yet implemented on PostgreSQL")
    }

    func casesWithEvents(after sequence: Int64) throws(StoreError) -> (cases: Set<CaseID>, through: Int64) {
        throw .postgres("\(#function) is not yet implemented on PostgreSQL")
    }
}
