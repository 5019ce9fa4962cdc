import CaseWatchCore

/// Where the dispatcher takes due jobs from and records what became of them (the store's outbox in the
/// daemon, an in-memory list in tests).
///
/// The dispatcher calls it from Swift's cooperative pool: an implementation over SQLite runs its reads and
/// commits on a dispatch queue (`BlockingWork`), never blocking the caller's thread.
public protocol DeliveryQueue: Sendable {
    /// Jobs due at `at` (pending or failed, their next attempt at or before `at`), oldest first, at most `limit`,
    /// leaving out the receivers and job keys in `excluding` (lanes that are full, jobs already in flight), so
    /// that a busy receiver's backlog never fills the page and starves the others.
    func due(at: Instant, limit: Int, excluding: DueExclusion) async throws -> [DeliveryJob]

    /// Records an attempt at `job` made at `at` and what becomes of it (one attempt row per delivery of the job).
    func record(_ job: DeliveryJob, _ result: AttemptResult, at: Instant) async throws
}

/// What a ``DeliveryQueue/due(at:limit:excluding:)`` call must leave out.
public struct DueExclusion: Hashable, Sendable {
    /// Receivers whose lanes are full.
    public let receivers: Set<String>
    /// Idempotency keys of jobs in flight.
    public let jobKeys: Set<String>

    /// Creates an exclusion.
    public init(receivers: Set<String> = [], jobKeys: Set<String> = []) {
        self.receivers = receivers
        self.jobKeys = jobKeys
    }

    /// Whether `job` is left out.
    public func excludes(_ job: DeliveryJob) -> Bool {
        receivers.contains(job.receiver.name) || jobKeys.contains(job.idempotencyKey)
    }
}
