import CaseWatchCore
import CaseWatchStore

// Not yet on PostgreSQL: each of these calls says so. Replaced, file by file, by the real OutboxReading.
extension PostgresStoreReader: OutboxReading {
    func earliestDeliveryAttempt() throws(StoreError) -> Instant? {
        throw .postgres("\(#function) is not yet implemented on PostgreSQL")
    }

    func requestedSignoffID(caseID: CaseID, cycle: Int, tier: TierName) throws(StoreError) -> Int64? {
        throw .postgres("\(#function) is not yet implemented on PostgreSQL")
    }

    func unroutedNotices(limit: Int) throws(StoreError) -> [(id: Int64, notice: Notice)] {
        throw .postgres("\(#function) is not yet implemented on PostgreSQL")
    }

    func unroutedNoticeCount() throws(StoreError) -> Int {
        throw .postgres("\(#function) is not yet implemented on PostgreSQL")
    }

    func hasUnroutedNotices() throws(StoreError) -> Bool {
        throw .postgres("\(#function) is not yet implemented on PostgreSQL")
    }

    func dueDeliveries(
        at: Instant, limit: Int, excludingReceivers excludedReceivers: Set<String>, excludingIDs excludedIDs: Set<Int64>) throws(StoreError) -> [StoredDelivery] {
        throw .postgres("\(#function) is not yet implemented on PostgreSQL")
    }

    func groupMembers(receiver: String, groupKey: String) throws(StoreError) -> [StoredDelivery] {
        throw .postgres("\(#function) is not yet implemented on PostgreSQL")
    }

    func deliveries(status: DeliveryStatus?, receiver: String?, limit: Int) throws(StoreError) -> [StoredDelivery] {
        throw .postgres("\(#function) is not yet implemented on PostgreSQL")
    }

    func delivery(id: Int64) throws(StoreError) -> (StoredDelivery, [DeliveryAttempt])? {
        throw .postgres("\(#function) is not yet implemented on PostgreSQL")
    }

    func outbox(at: Instant) throws(StoreError) -> (pending: Int, failed: Int, dead: Int, oldestPendingCreatedAt: Instant?) {
        throw .postgres("\(#function) is not yet implemented on PostgreSQL")
    }
}
