import CaseWatchCore

/// Writes the store inside a ``CaseStore/write(_:)`` transaction, and reads it through ``reader`` (seeing its
/// own writes).
///
/// Valid only inside the closure it was given to. Nothing it writes is visible to others, or durable, until
/// the closure returns and the transaction commits. Each call is all or nothing: one that throws has
/// written nothing, and the transaction goes on.
public protocol StoreWriter:
    AuditWriting, CredentialWriting, OutboxWriting, SignoffWriting, EventLogWriting, CaseWriting, OrganizationWriting
{
    /// Reads within the same transaction.
    var reader: any StoreReader { get }

    /// Stores `value` under `key` in the store's key–value table, replacing any value there.
    func setMeta(_ key: String, _ value: String) throws(StoreError)

    /// Runs `body` in a savepoint of the open transaction: when it throws, what it wrote is undone, its error
    /// rethrown, and the transaction goes on (so one part of a shared transaction can fail alone).
    ///
    /// Database failures are thrown as ``StoreError``; `body`'s own errors as they are.
    func inSavepoint<T>(_ body: () throws -> T) throws -> T
}
