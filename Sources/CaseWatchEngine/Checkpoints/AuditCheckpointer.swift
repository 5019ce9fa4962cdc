import CaseWatchCore
import CaseWatchStore

/// Writes a signed checkpoint of a store's audit chain into a folder every `interval`, each named by its
/// time (``AuditCheckpointFile/name(at:)``).
///
/// Synchronous and told the time, so that tests drive it with instants of their choosing;
/// ``AuditCheckpointService`` drives it in the daemon. A failed write is retried after a minute (or the
/// interval, when shorter), never in a tight loop.
public struct AuditCheckpointer: Sendable {
    /// The store whose chain is checkpointed.
    public let store: any CaseStore
    /// The signing key.
    public let key: AuditSigningKey
    /// The folder the checkpoints go to.
    public let directory: String
    /// Seconds between checkpoints.
    public let intervalSeconds: Int64
    /// When the next checkpoint is due (nil: at once).
    public private(set) var nextDue: Instant?

    /// A checkpointer of `store` into `directory`, every `intervalSeconds` (at least 1).
    public init(store: any CaseStore, key: AuditSigningKey, directory: String, intervalSeconds: Int64) {
        self.store = store
        self.key = key
        self.directory = directory
        self.intervalSeconds = max(1, intervalSeconds)
    }

    /// Writes a checkpoint when one is due at `now` and returns its path; nil when none is due yet.
    public mutating func writeIfDue(at now: Instant) throws -> String? {
        if let nextDue, now < nextDue { return nil }
        do {
            let checkpoint = try store.write { try $0.auditCheckpoint(at: now, signedWith: key) }
            let path = directory + "/" + AuditCheckpointFile.name(at: now)
            try AuditCheckpointFile.write(checkpoint, to: path)
            nextDue = now.adding(seconds: intervalSeconds)
            return path
        } catch {
            nextDue = now.adding(seconds: min(intervalSeconds, 60))
            throw error
        }
    }
}
