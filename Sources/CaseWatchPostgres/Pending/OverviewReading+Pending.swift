import CaseWatchCore
import CaseWatchStore

// Not yet on PostgreSQL: each of these calls says so. Replaced, file by file, by the real OverviewReading.
extension PostgresStoreReader: OverviewReading {
    func gauges() throws(StoreError) -> StoreGauges {
        throw .postgres("\(#function) is not yet implemented on PostgreSQL")
    }

    func pendingStepsByTier() throws(StoreError) -> [TierName: Int] {
        throw .postgres("\(#function) is not yet implemented on PostgreSQL")
    }

    func openCaseCounts(at now: Instant) throws(StoreError) -> [UnitCaseCount] {
        throw .postgres("\(#function) is not yet implemented on PostgreSQL")
    }

    func openDeadlines(from: Instant, until: Instant, limit: Int) throws(StoreError) -> [Instant] {
        throw .postgres("\(#function) is not yet implemented on PostgreSQL")
    }

    func pendingSignoffAges() throws(StoreError) -> [PendingSignoffAge] {
        throw .postgres("\(#function) is not yet implemented on PostgreSQL")
    }
}
