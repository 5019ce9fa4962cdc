import CaseWatchCore
import CaseWatchStore

// Not yet on PostgreSQL: each of these calls says so. Replaced, file by file, by the real EventLogWriting.
extension PostgresStoreWriter: EventLogWriting {
    func beginBatch(source: String, at: Instant) throws(StoreError) -> Int64 {
        throw .postgres("\(#function) is not yet implemented on PostgreSQL")
    }

    func finishBatch(_ id: Int64, events: Int, duplicates: Int, at: Instant) throws(StoreError) {
        throw .postgres("\(#function) is not yet implemented on PostgreSQL")
    }

    func insertEvent(_ event: CaseEvent, batch: Int64?, recordedAt: Instant) throws(StoreError) {
        throw .postgres("\(#function) is not yet implemented on PostgreSQL")
    }
}
