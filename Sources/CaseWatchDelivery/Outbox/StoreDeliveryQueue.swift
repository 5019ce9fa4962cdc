import CaseWatchCore
import CaseWatchStore
import Dispatch
import Synchronization

/// The daemon's ``DeliveryQueue``: the store's outbox, read and written off the cooperative pool.
///
/// A grouped delivery that falls due takes every member of its group still waiting and fixes them as one
/// batch before the first attempt (``StoreWriter/assignBatch(_:)``), so a retry after a crash resends the
/// same message under the same key. A delivery to a receiver the routing no longer names is given up as dead.
/// Attempts are recorded in group commits: the attempts that end while one commit is written go together in
/// the next, so a surge costs one durable commit per batch of attempts, not one per attempt.
public final class StoreDeliveryQueue: DeliveryQueue {
    private let store: any CaseStore
    private let receivers: Mutex<[String: NotifyReceiver]>
    private let recorder: AttemptRecorder
    /// The deliveries of each job handed out, by key, until the dispatcher no longer names it in flight.
    private let handedOut = Mutex<[String: [Int64]]>([:])

    /// Creates the queue over `store`, sending to the receivers of `routing`.
    public init(store: any CaseStore, routing: NotifyRouting) {
        self.store = store
        self.receivers = Mutex(routing.receivers)
        self.recorder = AttemptRecorder(store: store)
    }

    /// Uses the receivers of `routing` from now on (after a reload).
    public func update(_ routing: NotifyRouting) {
        receivers.withLock { $0 = routing.receivers }
    }

    /// Due jobs, oldest first, grouped deliveries fixed as batches.
    public func due(at: Instant, limit: Int, excluding: DueExclusion) async throws -> [DeliveryJob] {
        let receivers = receivers.withLock { $0 }
        let inFlight = handedOut.withLock { handed -> Set<Int64> in
            handed = handed.filter { excluding.jobKeys.contains($0.key) }
            return Set(handed.values.joined())
        }
        let store = store
        let jobs = try await BlockingWork.run("casewatchd.deliveries.due") { () throws -> [DeliveryJob] in
            do {
                // A read first: due singles and fixed batches need no write transaction.
                return try store.read { reader in
                    try OutboxJobs(reader: reader, writer: nil, receivers: receivers, at: at)
                        .due(limit: limit, excluding: excluding, inFlight: inFlight)
                }
            } catch is OutboxJobs.NeedsWrite {
                return try store.write { writer in
                    try OutboxJobs(reader: writer.reader, writer: writer, receivers: receivers, at: at)
                        .due(limit: limit, excluding: excluding, inFlight: inFlight)
                }
            }
        }
        handedOut.withLock { handed in
            for job in jobs { handed[job.idempotencyKey] = job.deliveryIDs }
        }
        return jobs
    }

    /// Records the attempt on every delivery of the job, in the next group commit.
    public func record(_ job: DeliveryJob, _ result: AttemptResult, at: Instant) async throws {
        let attempt = DeliveryAttempt(
            at: at, latencyMilliseconds: result.latencyMilliseconds, httpStatus: result.httpStatus, error: result.error,
            outcome: result.outcome.stored
        )
        try await recorder.record(attempt, deliveries: job.deliveryIDs)
    }
}

/// Writes attempts in group commits on a queue of its own: whoever finds no commit running starts one, and
/// every attempt that arrives meanwhile waits for the next, which takes them all.
final class AttemptRecorder: Sendable {
    private struct Waiting {
        var attempts: [(DeliveryAttempt, [Int64], CheckedContinuation<Void, any Error>)] = []
        var writing = false
    }

    private let store: any CaseStore
    private let waiting = Mutex(Waiting())
    private let queue = DispatchQueue(label: "casewatchd.deliveries.record")

    init(store: any CaseStore) { self.store = store }

    /// Records `attempt` on `deliveries`; returns once it is durable.
    func record(_ attempt: DeliveryAttempt, deliveries: [Int64]) async throws {
        try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<Void, any Error>) in
            let start = waiting.withLock { state -> Bool in
                state.attempts.append((attempt, deliveries, continuation))
                guard !state.writing else { return false }
                state.writing = true
                return true
            }
            if start { queue.async { self.writeWhileWaiting() } }
        }
    }

    /// Commits what waits, again and again, until nothing does.
    private func writeWhileWaiting() {
        while true {
            let batch = waiting.withLock { state in
                let batch = state.attempts
                state.attempts = []
                if batch.isEmpty { state.writing = false }
                return batch
            }
            guard !batch.isEmpty else { return }
            do {
                try store.write { writer in
                    for (attempt, deliveries, _) in batch { try writer.record(attempt, outcome: attempt.outcome, deliveries: deliveries) }
                }
                for (_, _, continuation) in batch { continuation.resume() }
            } catch {
                for (_, _, continuation) in batch { continuation.resume(throwing: error) }
            }
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
