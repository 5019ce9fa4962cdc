import CaseWatchStore

/// A PostgreSQL store as a lease holder writes it: reads as the store reads; every write transaction first
/// checks the lease (``LeaseFence``) and is refused, writing nothing, when the holder lost it. The engine
/// sees an ordinary ``CaseStore``: the fence is the store's to keep.
public final class FencedCaseStore: CaseStore {
    /// The store written through.
    public let store: PostgresCaseStore
    let fence: LeaseFence

    init(store: PostgresCaseStore, fence: LeaseFence) {
        self.store = store
        self.fence = fence
    }

    /// The epoch every write is fenced by.
    public var epoch: Int64 { fence.epoch }

    /// The database's URL without its password.
    public var location: String { store.location }

    /// The latest applied migration's identifier.
    public func schemaVersion() throws(StoreError) -> String { try store.schemaVersion() }

    /// Runs `body` in a read transaction over one snapshot (reads are not fenced: they change nothing).
    public func read<T>(_ body: (any StoreReader) throws -> T) throws -> T { try store.read(body) }

    /// Runs `body` in one write transaction, after the lease of ``epoch`` is checked and held for its length.
    @discardableResult
    public func write<T>(_ body: (any StoreWriter) throws -> T) throws -> T { try store.write(fencedBy: fence, body) }

    /// Whether a fenced write transaction can be begun and committed now; stores nothing.
    public func isWritable() -> Bool { (try? write { _ in }) != nil }

    /// Closes the store's idle connections.
    public func releaseMemory() { store.releaseMemory() }
}
