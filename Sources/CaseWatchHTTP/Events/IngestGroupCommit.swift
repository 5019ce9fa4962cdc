import CaseWatchCore
import CaseWatchEngine
import CaseWatchStore
import Dispatch
import Synchronization

/// Writes the accepted events of concurrent requests in shared transactions (group commit): the requests
/// that wait while one transaction commits are written together in the next, each as its own ingest batch
/// in its own savepoint, and each is answered once the shared commit is durable.
///
/// One request's conflict (``IntakeConflict``) rolls back only its own savepoint; the others commit. The
/// writing runs on a dispatch queue of its own, never on Swift's cooperative pool.
final class IngestGroupCommit: Sendable {
    /// One request's part of a shared transaction.
    struct Part: Sendable {
        let intake: EventIntake
        let check: IntakeCheck
        let source: String
        let actor: String
        let recordedAt: Instant
        let answer: CheckedContinuation<IntakeBatchWrite, any Error>
    }

    private struct Waiting {
        var parts: [Part] = []
        /// A drain runs on the queue: new parts join its next transaction.
        var isDraining = false
    }

    private let store: any CaseStore
    /// The most events one transaction takes (more wait for the next, so no commit grows without bound).
    private let eventsPerCommit: Int
    private let waiting = Mutex(Waiting())
    private let queue = DispatchQueue(label: "casewatch.http.ingest-commit")

    /// A group commit into `store`, of up to `eventsPerCommit` events a transaction (one part at least).
    init(store: any CaseStore, eventsPerCommit: Int = 5_000) {
        self.store = store
        self.eventsPerCommit = eventsPerCommit
    }

    /// Writes the records `check` (made by `intake`) accepted as one ingest batch in the next shared
    /// transaction; returns once it is committed. Throws ``IntakeConflict`` when the records no longer apply
    /// (nothing of them stored), or the store's error when the shared commit failed (nothing of it stored).
    func write(
        _ check: IntakeCheck, intake: EventIntake, source: String, actor: String, recordedAt: Instant
    ) async throws -> IntakeBatchWrite {
        try await withCheckedThrowingContinuation { answer in
            let part = Part(intake: intake, check: check, source: source, actor: actor, recordedAt: recordedAt, answer: answer)
            let startsDrain = waiting.withLock { waiting in
                waiting.parts.append(part)
                guard !waiting.isDraining else { return false }
                waiting.isDraining = true
                return true
            }
            if startsDrain { queue.async { self.drain() } }
        }
    }

    /// Commits the waiting parts, transaction after transaction, until none wait.
    private func drain() {
        while true {
            let parts = waiting.withLock { waiting -> [Part] in
                var events = 0
                let count = waiting.parts.prefix { part in
                    defer { events += part.check.accepted.count }
                    return events == 0 || events + part.check.accepted.count <= eventsPerCommit
                }.count
                if count == 0 { waiting.isDraining = false }
                defer { waiting.parts.removeFirst(count) }
                return Array(waiting.parts.prefix(count))
            }
            if parts.isEmpty { return }
            commit(parts)
        }
    }

    /// Writes `parts` in one transaction, each in its savepoint, and answers each after the commit.
    private func commit(_ parts: [Part]) {
        var outcomes: [Result<IntakeBatchWrite, any Error>] = []
        outcomes.reserveCapacity(parts.count)
        do {
            try store.write { writer in
                for part in parts {
                    outcomes.append(Result {
                        try part.intake.write(part.check, source: part.source, actor: part.actor, recordedAt: part.recordedAt, into: writer)
                    })
                }
            }
        } catch {
            for part in parts { part.answer.resume(throwing: error) }
            return
        }
        for (part, outcome) in zip(parts, outcomes) { part.answer.resume(with: outcome) }
    }
}
