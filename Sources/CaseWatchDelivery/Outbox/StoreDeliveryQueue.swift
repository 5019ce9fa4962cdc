import CaseWatchCore
import CaseWatchStore
import Synchronization

/// The daemon's ``DeliveryQueue``: the store's outbox, read and written off the cooperative pool.
///
/// A grouped delivery that falls due takes every member of its group still waiting and fixes them as one
/// batch before the first attempt (``StoreWriter/assignBatch(_:)``), so a retry after a crash resends the
/// same message under the same key. A delivery to a receiver the routing no longer names is given up as dead.
public final class StoreDeliveryQueue: DeliveryQueue {
    private let store: CaseStore
    private let receivers: Mutex<[String: NotifyReceiver]>

    /// Creates the queue over `store`, sending to the receivers of `routing`.
    public init(store: CaseStore, routing: NotifyRouting) {
        self.store = store
        self.receivers = Mutex(routing.receivers)
    }

    /// Uses the receivers of `routing` from now on (after a reload).
    public func update(_ routing: NotifyRouting) {
        receivers.withLock { $0 = routing.receivers }
    }

    /// Due jobs, oldest first, grouped deliveries fixed as batches.
    public func due(at: Instant, limit: Int, excluding: DueExclusion) async throws -> [DeliveryJob] {
        let receivers = receivers.withLock { $0 }
        let store = store
        return try await BlockingWork.run("casewatchd.deliveries.due") {
            // A read first: an idle outbox costs no write transaction.
            guard try !store.read({ try $0.dueDeliveries(at: at, limit: 1) }).isEmpty else { return [] }
            return try store.write { writer in
                try OutboxJobs(writer: writer, receivers: receivers, at: at).due(limit: limit, excluding: excluding)
            }
        }
    }

    /// Records the attempt on every delivery of the job.
    public func record(_ job: DeliveryJob, _ result: AttemptResult, at: Instant) async throws {
        let store = store
        let attempt = DeliveryAttempt(
            at: at, latencyMilliseconds: result.latencyMilliseconds, httpStatus: result.httpStatus, error: result.error,
            outcome: result.outcome.stored
        )
        try await BlockingWork.run("casewatchd.deliveries.record") {
            try store.write { try $0.record(attempt, outcome: attempt.outcome, deliveries: job.deliveryIDs) }
        }
    }
}

extension AttemptOutcome {
    /// The outcome as the store keeps it.
    var stored: DeliveryOutcome {
        switch self {
        case .sent: .sent
        case let .failed(retryAt): .failed(retryAt: retryAt)
        case let .dead(reason): .dead(reason: reason)
        }
    }
}
