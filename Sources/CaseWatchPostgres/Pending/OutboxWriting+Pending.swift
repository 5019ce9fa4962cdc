import CaseWatchCore
import CaseWatchStore

// Not yet on PostgreSQL: each of these calls says so. Replaced, file by file, by the real OutboxWriting.
extension PostgresStoreWriter: OutboxWriting {
    func record(_ attempt: DeliveryAttempt, outcome: DeliveryOutcome, deliveries: [Int64]) throws(StoreError) {
        throw .postgres("\(#function) is not yet implemented on PostgreSQL")
    }

    @discardableResult
    func retry(id: Int64, at: Instant) throws(StoreError) -> DeliveryStatus? {
        throw .postgres("\(#function) is not yet implemented on PostgreSQL")
    }

    func retryDead(at: Instant) throws(StoreError) -> Int {
        throw .postgres("\(#function) is not yet implemented on PostgreSQL")
    }

    @discardableResult
    func enqueue(_ notice: Notice) throws(StoreError) -> Int64 {
        throw .postgres("\(#function) is not yet implemented on PostgreSQL")
    }

    @discardableResult
    func route(notice id: Int64, deliveries: [PlannedDelivery], at: Instant) throws(StoreError) -> Int {
        throw .postgres("\(#function) is not yet implemented on PostgreSQL")
    }

    func assignBatch(_ ids: [Int64]) throws(StoreError) -> Int64 {
        throw .postgres("\(#function) is not yet implemented on PostgreSQL")
    }
}
