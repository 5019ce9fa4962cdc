import CaseWatchCore

/// Reads the store inside a ``CaseStore/read(_:)`` or ``CaseStore/write(_:)`` transaction: every read sees the
/// transaction's snapshot.
///
/// One interface, a backend each (SQLite embedded, PostgreSQL shared by several hosts): the engine, the
/// commands and the HTTP layer read through it and know no SQL. A reader is valid only inside the closure
/// it was given to.
public protocol StoreReader:
    AuditReading, CredentialReading, OverviewReading, OutboxReading, AssessmentReading, CaseReading,
    EscalationReading, EventLogReading, OrganizationReading, SignoffReading
{
    /// The value stored under `key` in the store's key–value table, nil when there is none.
    func meta(_ key: String) throws(StoreError) -> String?
}
