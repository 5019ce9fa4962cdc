import CaseWatchCore
import CaseWatchStore

// Not yet on PostgreSQL: each of these calls says so. Replaced, file by file, by the real EscalationReading.
extension PostgresStoreReader: EscalationReading {
    func escalations(
        afterID: Int64, tier: TierName?, under unit: UnitID?, limit: Int
    ) throws(StoreError) -> [StoredEscalation] {
        throw .postgres("\(#function) is not yet implemented on PostgreSQL")
    }

    func latestEscalations(limit: Int) throws(StoreError) -> [StoredEscalation] {
        throw .postgres("\(#function) is not yet implemented on PostgreSQL")
    }

    func escalations(afterID: Int64, limit: Int) throws(StoreError) -> [StoredEscalation] {
        throw .postgres("\(#function) is not yet implemented on PostgreSQL")
    }

    func latestEscalationID() throws(StoreError) -> Int64 {
        throw .postgres("\(#function) is not yet implemented on PostgreSQL")
    }

    func firedTiers(of caseID: CaseID, cycle: Int) throws(StoreError) -> Set<TierName> {
        throw .postgres("\(#function) is not yet implemented on PostgreSQL")
    }

    func escalations(
        caseID: CaseID?, tier: TierName?, unit: UnitID?, since: Instant?) throws(StoreError) -> [StoredEscalation] {
        throw .postgres("\(#function) is not yet implemented on PostgreSQL")
    }

    func pendingSteps() throws(StoreError) -> [(caseID: CaseID, due: Instant)] {
        throw .postgres("\(#function) is not yet implemented on PostgreSQL")
    }

    func pendingStepSummary() throws(StoreError) -> (count: Int, earliest: Instant?) {
        throw .postgres("\(#function) is not yet implemented on PostgreSQL")
    }

    func earliestPendingStep() throws(StoreError) -> Instant? {
        throw .postgres("\(#function) is not yet implemented on PostgreSQL")
    }

    func escalationCount(detectedSince since: Instant) throws(StoreError) -> Int {
        throw .postgres("\(#function) is not yet implemented on PostgreSQL")
    }
}
