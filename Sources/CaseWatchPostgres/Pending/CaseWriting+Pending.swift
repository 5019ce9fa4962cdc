import CaseWatchCore
import CaseWatchStore

// Not yet on PostgreSQL: each of these calls says so. Replaced, file by file, by the real CaseWriting.
extension PostgresStoreWriter: CaseWriting {
    @discardableResult
    func recordEscalations(_ escalations: [(Escalation, signoffDue: Instant?)]) throws(StoreError) -> Int {
        throw .postgres("\(#function) is not yet implemented on PostgreSQL")
    }

    func saveProjection(_ projection: CaseProjection, nextStep: PendingStep?) throws(StoreError) {
        throw .postgres("\(#function) is not yet implemented on PostgreSQL")
    }
}
