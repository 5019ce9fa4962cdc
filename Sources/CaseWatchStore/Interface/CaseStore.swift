/// The durable store of one CaseWatch installation: the event log, projections, escalations, sign-offs,
/// the outbox, the assessment ledger and the audit chain.
///
/// Each backend (``SQLiteCaseStore``; PostgreSQL in `CaseWatchPostgres`) runs a read in one consistent
/// snapshot and a write in one transaction committed durably, all or nothing. Its calls block: run them off
/// Swift's cooperative pool (``BlockingWork``).
public protocol CaseStore: AnyObject, Sendable {
    /// Where the store lives, for messages: a file path, or a database URL without its password.
    var location: String { get }

    /// The latest applied migration's identifier.
    func schemaVersion() throws(StoreError) -> String

    /// Runs `body` in a read transaction: it sees one consistent snapshot, while writers go on.
    ///
    /// The reader is valid only inside `body`. Do not call `read` or `write` from inside `body`.
    func read<T>(_ body: (any StoreReader) throws -> T) throws -> T

    /// Runs `body` in one write transaction, committed durably when `body` returns: all or nothing.
    ///
    /// When `body` throws, everything it wrote is rolled back and its error is rethrown. A store error that
    /// `body` catches (e.g. ``StoreError/duplicateEvent(_:)``) undoes only the refused call, and the
    /// transaction goes on. The writer is valid only inside `body`. Do not call `read` or `write` from
    /// inside `body`.
    @discardableResult
    func write<T>(_ body: (any StoreWriter) throws -> T) throws -> T

    /// Whether a write transaction can be begun and committed now; stores nothing.
    func isWritable() -> Bool

    /// Hands back memory the backend holds for reads (caches, idle connections), for a long-lived process
    /// after a read of the whole store. Blocks until the accesses in flight complete.
    func releaseMemory()
}
