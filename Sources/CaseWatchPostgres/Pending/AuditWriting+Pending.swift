import CaseWatchCore
import CaseWatchStore

// Not yet on PostgreSQL: each of these calls says so. Replaced, file by file, by the real AuditWriting.
extension PostgresStoreWriter: AuditWriting {
    @discardableResult
    func appendAudit(at: Instant, actor: String, action: String, detail: String) throws(StoreError) -> AuditEntry
 {
        throw .postgres("\(#function) is not yet implemented on PostgreSQL")
    }
}
