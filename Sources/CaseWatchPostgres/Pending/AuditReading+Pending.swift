import CaseWatchCore
import CaseWatchStore

// Not yet on PostgreSQL: each of these calls says so. Replaced, file by file, by the real AuditReading.
extension PostgresStoreReader: AuditReading {
    func auditEntries(since: Instant?, actor: String?) throws(StoreError) -> [AuditEntry] {
        throw .postgres("\(#function) is not yet implemented on PostgreSQL")
    }

    func verifyAudit() throws(StoreError) -> AuditVerification {
        throw .postgres("\(#function) is not yet implemented on PostgreSQL")
    }

    func auditHead() throws(StoreError) -> (entries: Int64, head: String) {
        throw .postgres("\(#function) is not yet implemented on PostgreSQL")
    }

    func auditHash(at seq: Int64) throws(StoreError) -> String? {
        throw .postgres("\(#function) is not yet implemented on PostgreSQL")
    }
}
