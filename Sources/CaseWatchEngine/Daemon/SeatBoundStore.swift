import CaseWatchStore
import Foundation

/// The store a daemon's other services write through: the store itself until the daemon takes its seat,
/// then the seat's store, which on PostgreSQL checks the lease's epoch in every write transaction. So the
/// outcomes deliveries record are refused, as the firing is, once another daemon has taken over.
///
/// `@unchecked Sendable`: ``target`` is read and replaced only with ``lock`` held.
public final class SeatBoundStore: CaseStore, @unchecked Sendable {
    private let lock = NSLock()
    private var target: any CaseStore

    /// Writes through `store` until ``bind(to:)``.
    public init(_ store: any CaseStore) {
        target = store
    }

    /// Writes through `store` (the seat's) from now on.
    public func bind(to store: any CaseStore) {
        lock.withLock { target = store }
    }

    private var current: any CaseStore { lock.withLock { target } }

    /// The store's location.
    public var location: String { current.location }

    /// The store's schema version.
    public func schemaVersion() throws(StoreError) -> String { try current.schemaVersion() }

    /// Reads through the current store.
    public func read<T>(_ body: (any StoreReader) throws -> T) throws -> T { try current.read(body) }

    /// Writes through the current store (the seat's, fenced, once bound).
    @discardableResult
    public func write<T>(_ body: (any StoreWriter) throws -> T) throws -> T { try current.write(body) }

    /// Whether the current store takes a write now.
    public func isWritable() -> Bool { current.isWritable() }

    /// Releases the current store's idle memory.
    public func releaseMemory() { current.releaseMemory() }
}
