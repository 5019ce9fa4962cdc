import CaseWatchCore

/// Writes the audit chain: the part of ``StoreWriter`` that each backend implements in its own SQL.
public protocol AuditWriting {
    /// Appends an entry to the audit chain, after the last one, and returns it.
    @discardableResult
    func appendAudit(at: Instant, actor: String, action: String, detail: String) throws(StoreError) -> AuditEntry

}
