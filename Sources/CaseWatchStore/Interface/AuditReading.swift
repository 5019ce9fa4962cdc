import CaseWatchCore

/// Reads the audit chain: the part of ``StoreReader`` that each backend implements in its own SQL.
public protocol AuditReading {
    /// The audit entries in chain order, optionally only those at or after `since` and by `actor`.
    func auditEntries(since: Instant?, actor: String?) throws(StoreError) -> [AuditEntry]

    /// Walks the whole chain in order and names the first entry that was altered, removed, inserted or
    /// moved.
    func verifyAudit() throws(StoreError) -> AuditVerification

    /// How many entries the audit chain has and the hash of the last (``AuditEntry/genesisHash`` when none).
    func auditHead() throws(StoreError) -> (entries: Int64, head: String)

    /// The hash of audit entry `seq`, nil when there is none.
    func auditHash(at seq: Int64) throws(StoreError) -> String?
}
