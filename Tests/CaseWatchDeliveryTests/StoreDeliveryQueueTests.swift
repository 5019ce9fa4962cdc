import CaseWatchCore
import CaseWatchDelivery
import CaseWatchStore
import CaseWatchTesting
import Dispatch
import Foundation
import Testing

/// The daemon's queue over a real store: jobs from due deliveries, groups fixed as batches that survive a
/// crash, deliveries to removed receivers given up, exclusions honoured, attempts recorded, and an idle
/// outbox that never takes the write lock.
@Suite(.timeLimit(.minutes(2))) struct StoreDeliveryQueueTests {
    static let now = DeliveryFixtures.now
    static let routing = OutboxStore.routing([OutboxStore.webhook("a"), OutboxStore.webhook("b"), OutboxStore.webhook("busy")])

    @Test func aDueSingleDeliveryIsOneJobUnderItsOwnKey() async throws {
        let outbox = try OutboxStore()
        let notice = try outbox.escalation("C-1", urgency: "urgent")
        let delivery = try outbox.delivery(notice, to: "a")
        let queue = StoreDeliveryQueue(store: outbox.store, routing: Self.routing)

        let jobs = try await queue.due(at: Self.now, limit: 10, excluding: DueExclusion())
        #expect(jobs.count == 1)
        let job = try #require(jobs.first)
        #expect(job.idempotencyKey == delivery.idempotencyKey)
        #expect(job.deliveryIDs == [delivery.id])
        #expect(job.receiver.name == "a")
        #expect(job.notices == [notice])
        #expect(job.attempts == 0)
        // Not due before its instant.
        #expect(try await queue.due(at: Self.now.adding(seconds: -1), limit: 10, excluding: DueExclusion()).isEmpty)
    }

    @Test func aGroupIsOneJobFixedInTheStoreAndTheSameBatchComesBackAfterACrash() async throws {
        let outbox = try OutboxStore()
        let members = try (1...3).map { n in
            try outbox.delivery(try outbox.escalation("C-\(n)"), to: "a", group: "a/escalation/warning")
        }
        let single = try outbox.delivery(try outbox.escalation("C-9"), to: "b", group: "b/escalation/warning")
        let queue = StoreDeliveryQueue(store: outbox.store, routing: Self.routing)

        let jobs = try await queue.due(at: Self.now, limit: 10, excluding: DueExclusion())
        let group = try #require(jobs.first { $0.receiver.name == "a" })
        #expect(jobs.count == 2, "one job for the group of three, one for the lone member of b's group: \(jobs.map(\.idempotencyKey))")
        #expect(group.deliveryIDs == members.map(\.id))
        #expect(group.idempotencyKey == members[0].idempotencyKey + "-g")
        #expect(group.notices.map(\.caseID) == ["C-1", "C-2", "C-3"].map { CaseID($0) })
        // A lone group member is sent as a single, under its own key, and fixed as no batch.
        let lone = try #require(jobs.first { $0.receiver.name == "b" })
        #expect(lone.idempotencyKey == single.idempotencyKey && lone.deliveryIDs == [single.id])
        #expect(try outbox.deliveries().filter { $0.receiver == "a" }.map(\.batchID) == Array(repeating: members[0].id, count: 3))

        // A crash before anything was recorded: a new queue over the same store finds the same batch, same key.
        let restarted = StoreDeliveryQueue(store: outbox.store, routing: Self.routing)
        let again = try await restarted.due(at: Self.now, limit: 10, excluding: DueExclusion())
        let regrouped = try #require(again.first { $0.receiver.name == "a" })
        #expect(regrouped.idempotencyKey == group.idempotencyKey)
        #expect(regrouped.deliveryIDs == group.deliveryIDs)

        // A member arriving after the batch was fixed is not slipped into it: the batch is resent as it was.
        try outbox.delivery(try outbox.escalation("C-4"), to: "a", group: "a/escalation/warning")
        try await restarted.record(group, AttemptResult(latencyMilliseconds: 5, httpStatus: 500, error: "down", outcome: .failed(retryAt: Self.now.adding(seconds: 30))), at: Self.now)
        let retried = try await restarted.due(at: Self.now.adding(seconds: 30), limit: 10, excluding: DueExclusion())
        let resent = try #require(retried.first { $0.deliveryIDs.contains(members[0].id) })
        #expect(resent.idempotencyKey == group.idempotencyKey && resent.deliveryIDs == group.deliveryIDs)
        #expect(resent.attempts == 1)
    }

    @Test func aDeliveryAttemptedAloneStaysAloneWhenItsGroupFillsLater() async throws {
        let outbox = try OutboxStore()
        let first = try outbox.delivery(try outbox.escalation("C-1"), to: "a", group: "a/escalation/warning")
        let queue = StoreDeliveryQueue(store: outbox.store, routing: Self.routing)
        let alone = try #require(try await queue.due(at: Self.now, limit: 10, excluding: DueExclusion()).first)
        #expect(alone.idempotencyKey == first.idempotencyKey && alone.deliveryIDs == [first.id])
        try await queue.record(alone, AttemptResult(latencyMilliseconds: 5, httpStatus: nil, error: "connection refused", outcome: .failed(retryAt: Self.now.adding(seconds: 60))), at: Self.now)

        let second = try outbox.delivery(try outbox.escalation("C-2"), to: "a", group: "a/escalation/warning")
        let third = try outbox.delivery(try outbox.escalation("C-3"), to: "a", group: "a/escalation/warning")
        let jobs = try await queue.due(at: Self.now.adding(seconds: 60), limit: 10, excluding: DueExclusion())
        #expect(jobs.count == 2, "\(jobs.map(\.deliveryIDs))")
        let retry = try #require(jobs.first { $0.deliveryIDs.contains(first.id) })
        #expect(retry.deliveryIDs == [first.id], "a delivery attempted alone must never reappear inside a group")
        #expect(retry.idempotencyKey == first.idempotencyKey)
        let newcomers = try #require(jobs.first { !$0.deliveryIDs.contains(first.id) })
        #expect(newcomers.deliveryIDs == [second.id, third.id])
        #expect(newcomers.idempotencyKey == second.idempotencyKey + "-g")
    }

    @Test func aDeliveryToAReceiverNoLongerRoutedIsDeadWithAReasonNamingIt() async throws {
        let outbox = try OutboxStore()
        let gone = try outbox.delivery(try outbox.escalation("C-1", urgency: "urgent"), to: "old-robot")
        let kept = try outbox.delivery(try outbox.escalation("C-2", urgency: "urgent"), to: "a")
        let queue = StoreDeliveryQueue(store: outbox.store, routing: Self.routing)

        let jobs = try await queue.due(at: Self.now, limit: 10, excluding: DueExclusion())
        #expect(jobs.map(\.deliveryIDs) == [[kept.id]])
        let (dead, attempts) = try outbox.delivery(gone.id)
        #expect(dead.status == .dead)
        #expect(dead.deadReason?.contains("'old-robot'") == true, "\(dead.deadReason ?? "no reason")")
        #expect(attempts.count == 1)
        // Given up once: never due again.
        #expect(try await queue.due(at: Self.now.adding(seconds: 3_600), limit: 10, excluding: DueExclusion()).allSatisfy { !$0.deliveryIDs.contains(gone.id) })
    }

    @Test func excludedReceiversAndKeysAreLeftOut() async throws {
        let outbox = try OutboxStore()
        let toA = try outbox.delivery(try outbox.escalation("C-1", urgency: "urgent"), to: "a")
        let toB = try outbox.delivery(try outbox.escalation("C-2", urgency: "urgent"), to: "b")
        let queue = StoreDeliveryQueue(store: outbox.store, routing: Self.routing)

        let withoutA = try await queue.due(at: Self.now, limit: 10, excluding: DueExclusion(receivers: ["a"]))
        #expect(withoutA.map(\.idempotencyKey) == [toB.idempotencyKey])
        let withoutKey = try await queue.due(at: Self.now, limit: 10, excluding: DueExclusion(jobKeys: [toB.idempotencyKey]))
        #expect(withoutKey.map(\.idempotencyKey) == [toA.idempotencyKey])
        let limited = try await queue.due(at: Self.now, limit: 1, excluding: DueExclusion())
        #expect(limited.map(\.idempotencyKey) == [toA.idempotencyKey], "oldest first, at most the limit")
    }

    @Test func aBusyReceiversBacklogNeverHidesAnotherReceiversDelivery() async throws {
        let outbox = try OutboxStore()
        // Fifty older deliveries to a receiver whose lane is full, then one to another receiver.
        for n in 0..<50 {
            try outbox.delivery(try outbox.escalation("B-\(n)", urgency: "urgent"), to: "busy", notBefore: Self.now.adding(seconds: -600))
        }
        let other = try outbox.delivery(try outbox.escalation("C-1", urgency: "urgent"), to: "a")
        let queue = StoreDeliveryQueue(store: outbox.store, routing: Self.routing)

        let jobs = try await queue.due(at: Self.now, limit: 2, excluding: DueExclusion(receivers: ["busy"]))
        #expect(jobs.map(\.idempotencyKey) == [other.idempotencyKey], "the busy receiver's backlog starved receiver a")
    }

    @Test func sentFailedAndDeadAttemptsAreRecordedInTheStore() async throws {
        let outbox = try OutboxStore()
        let sent = try outbox.delivery(try outbox.escalation("C-1", urgency: "urgent"), to: "a")
        let failed = try outbox.delivery(try outbox.escalation("C-2", urgency: "urgent"), to: "b")
        let dead = try outbox.delivery(try outbox.escalation("C-3", urgency: "urgent"), to: "busy")
        let queue = StoreDeliveryQueue(store: outbox.store, routing: Self.routing)
        let jobs = try await queue.due(at: Self.now, limit: 10, excluding: DueExclusion())
        func job(_ delivery: StoredDelivery) throws -> DeliveryJob { try #require(jobs.first { $0.deliveryIDs == [delivery.id] }) }
        let later = Self.now.adding(seconds: 2)

        try await queue.record(try job(sent), AttemptResult(latencyMilliseconds: 12, httpStatus: 200, error: nil, outcome: .sent), at: later)
        try await queue.record(try job(failed), AttemptResult(latencyMilliseconds: 30, httpStatus: 503, error: "busy", outcome: .failed(retryAt: later.adding(seconds: 90))), at: later)
        try await queue.record(try job(dead), AttemptResult(latencyMilliseconds: 7, httpStatus: 500, error: "boom", outcome: .dead(reason: "no 2xx from busy in 24h; last: HTTP 500 boom")), at: later)

        let (s, sentAttempts) = try outbox.delivery(sent.id)
        #expect(s.status == .sent && s.sentAt == later && s.attempts == 1)
        #expect(sentAttempts.map(\.httpStatus) == [200] && sentAttempts.map(\.latencyMilliseconds) == [12])
        let (f, failedAttempts) = try outbox.delivery(failed.id)
        #expect(f.status == .failed && f.nextAttemptAt == later.adding(seconds: 90) && f.attempts == 1)
        #expect(failedAttempts.map(\.error) == ["busy"])
        let (d, _) = try outbox.delivery(dead.id)
        #expect(d.status == .dead && d.deadReason == "no 2xx from busy in 24h; last: HTTP 500 boom")

        // Only the failed one comes back, at its retry instant, counting its attempt.
        #expect(try await queue.due(at: later.adding(seconds: 89), limit: 10, excluding: DueExclusion()).isEmpty)
        let retry = try await queue.due(at: later.adding(seconds: 90), limit: 10, excluding: DueExclusion())
        #expect(retry.map(\.deliveryIDs) == [[failed.id]] && retry.first?.attempts == 1)
    }

    @Test func anIdleOutboxNeverTakesTheWriteLock() async throws {
        // The queue's writes would wait at most 200 ms for the lock another connection holds, then fail.
        let outbox = try OutboxStore(busyTimeout: .milliseconds(200))
        try outbox.delivery(try outbox.escalation("C-1"), to: "a", group: "a/escalation/warning", notBefore: Self.now.adding(seconds: 300))
        let queue = StoreDeliveryQueue(store: outbox.store, routing: Self.routing)
        let other = try SQLiteCaseStore.open(at: outbox.store.path)
        let holder = WriteLockHolder(other)
        await holder.take()
        defer { holder.release() }

        // Nothing due yet (a group still waiting), then nothing at all: read only, no write transaction.
        let early = try await queue.due(at: Self.now, limit: 10, excluding: DueExclusion())
        #expect(early.isEmpty)
        let empty = try OutboxStore(busyTimeout: .milliseconds(200))
        let emptyHolder = WriteLockHolder(try SQLiteCaseStore.open(at: empty.store.path))
        await emptyHolder.take()
        defer { emptyHolder.release() }
        #expect(try await StoreDeliveryQueue(store: empty.store, routing: Self.routing).due(at: Self.now, limit: 10, excluding: DueExclusion()).isEmpty)
    }
}

/// Holds a store's write lock from its own thread until released: a writer that is not the queue.
final class WriteLockHolder: Sendable {
    private let store: any CaseStore
    private let released = DispatchSemaphore(value: 0)

    init(_ store: any CaseStore) { self.store = store }

    /// Returns once the lock is held.
    func take() async {
        let store = store
        let released = released
        await withCheckedContinuation { (entered: CheckedContinuation<Void, Never>) in
            Thread.detachNewThread {
                try? store.write { _ in
                    entered.resume()
                    released.wait()
                }
            }
        }
    }

    /// Lets the holder's transaction end.
    func release() { released.signal() }
}
