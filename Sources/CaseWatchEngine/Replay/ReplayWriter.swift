import CaseWatchCore
import CaseWatchStore
import Dispatch
import Synchronization

/// Writes a replay's batches to the store on a background thread, in the order they are handed over,
/// while the replay goes on computing the next ones.
///
/// A replay spends about half its time in SQLite; writing beside the engine rather than between its steps
/// lets the two overlap on a second core. At most ``maximumInFlight`` batches wait at once, so memory stays
/// bounded when the store is the slower side. The first failure stops every later write and is thrown by
/// the next ``submit(_:)`` or by ``finish()``: batches are written in order, so what is stored is always a
/// prefix of the replay.
final class ReplayWriter: Sendable {
    /// One transaction's worth of a replay: events, escalations (with their notices, when asked) and, at the
    /// end, projections.
    struct Batch: Sendable {
        /// The events, in replay order.
        var events: [CaseEvent]
        /// The escalations fired since the previous batch, each with its sign-off's due instant if any.
        var escalations: [(Escalation, signoffDue: Instant?)]
        /// What the notices of those escalations are made of (empty unless the replay notifies).
        var notices: [NoticeSource] = []
        /// The projections to store, with their next steps (only in the last batch).
        var projections: [(CaseProjection, PendingStep?)]
    }

    /// What a replayed escalation's notices are written from (see ``EscalationNotices``).
    struct NoticeSource: Sendable {
        /// The escalation.
        var escalation: Escalation
        /// The case as it stood when the tier fired.
        var projection: CaseProjection
        /// Its policy.
        var policy: Policy
        /// The sign-off's due instant, for a sign-off tier.
        var signoffDue: Instant?
        /// The case's next step.
        var next: PendingStep?
    }

    /// How many batches may wait for the writer before ``submit(_:)`` blocks.
    static let maximumInFlight = 2

    private let store: any CaseStore
    private let queue = DispatchQueue(label: "casewatch.replay.writer")
    private let slots = DispatchSemaphore(value: ReplayWriter.maximumInFlight)
    private let failure = Mutex<(any Error)?>(nil)

    /// A writer into `store`.
    init(store: any CaseStore) {
        self.store = store
    }

    /// Hands `batch` over to be written in one transaction after those handed over before; waits while
    /// ``maximumInFlight`` batches are already waiting, and throws an earlier batch's failure.
    func submit(_ batch: Batch) throws {
        try rethrowFailure()
        slots.wait()
        queue.async { [self] in
            defer { slots.signal() }
            guard failure.withLock({ $0 == nil }) else { return }
            do {
                try write(batch)
            } catch {
                failure.withLock { $0 = error }
            }
        }
    }

    /// Waits until every batch handed over is written, and throws the first failure if one failed.
    func finish() throws {
        queue.sync {}
        try rethrowFailure()
    }

    private func rethrowFailure() throws {
        if let error = failure.withLock({ $0 }) { throw error }
    }

    private func write(_ batch: Batch) throws {
        let at = batch.events.last?.at ?? Instant(secondsSinceEpoch: 0)
        try store.write { writer in
            let id = try writer.beginBatch(source: "replay", at: at)
            try writer.insertEvents(batch.events.map { ($0, recordedAt: $0.at) }, batch: id)
            try writer.saveProjections(batch.projections.map { ($0.0, nextStep: $0.1) })
            try writer.recordEscalations(batch.escalations)
            for source in batch.notices {
                try EscalationNotices.enqueue(
                    source.escalation, projection: source.projection, policy: source.policy, signoffDue: source.signoffDue,
                    next: source.next, writer: writer
                )
            }
            try writer.finishBatch(id, events: batch.events.count, duplicates: 0, at: at)
        }
    }
}
