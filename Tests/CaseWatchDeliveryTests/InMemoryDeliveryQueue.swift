import CaseWatchCore
import CaseWatchDelivery

/// A ``DeliveryQueue`` in memory, as the store's outbox behaves: due jobs oldest first, a failed job due again
/// at its retry instant, a sent or dead one never again; tests wait for records without sleeping.
actor InMemoryDeliveryQueue: DeliveryQueue {
    struct Entry {
        var job: DeliveryJob
        var nextAttemptAt: Instant
        var finished = false
    }

    struct Record: Sendable {
        let job: DeliveryJob
        let result: AttemptResult
        let at: Instant
    }

    private var entries: [Entry] = []
    private(set) var records: [Record] = []
    private(set) var unrecorded = 0
    private var waiters: [(test: @Sendable ([Record]) -> Bool, continuation: CheckedContinuation<[Record], Never>)] = []
    private(set) var dueCalls = 0
    private var recordFailures = 0

    struct Unwritable: Error {}

    /// Makes the next `count` records fail, as a store that cannot commit.
    func failNextRecords(_ count: Int) { recordFailures = count }

    init(_ jobs: [DeliveryJob] = [], notBefore: Instant = DeliveryFixtures.now) {
        entries = jobs.map { Entry(job: $0, nextAttemptAt: notBefore) }
    }

    func add(_ job: DeliveryJob, notBefore: Instant) {
        entries.append(Entry(job: job, nextAttemptAt: notBefore))
    }

    func due(at: Instant, limit: Int, excluding: DueExclusion) async throws -> [DeliveryJob] {
        dueCalls += 1
        return Array(
            entries.filter { !$0.finished && $0.nextAttemptAt <= at && !excluding.excludes($0.job) }
                .sorted { $0.job.createdAt < $1.job.createdAt }.prefix(limit).map(\.job))
    }

    func record(_ job: DeliveryJob, _ result: AttemptResult, at: Instant) async throws {
        if recordFailures > 0 {
            recordFailures -= 1
            unrecorded += 1
            throw Unwritable()
        }
        records.append(Record(job: job, result: result, at: at))
        if let index = entries.firstIndex(where: { $0.job.idempotencyKey == job.idempotencyKey }) {
            let old = entries[index].job
            entries[index].job = DeliveryJob(
                idempotencyKey: old.idempotencyKey, deliveryIDs: old.deliveryIDs, receiver: old.receiver,
                notices: old.notices, createdAt: old.createdAt, attempts: old.attempts + 1)
            switch result.outcome {
            case .sent, .dead: entries[index].finished = true
            case let .failed(retryAt): entries[index].nextAttemptAt = retryAt
            }
        }
        let ready = waiters.filter { $0.test(records) }
        waiters.removeAll { $0.test(records) }
        for waiter in ready { waiter.continuation.resume(returning: records) }
    }

    /// Waits until the records satisfy `test`, and returns them.
    func records(where test: @escaping @Sendable ([Record]) -> Bool) async -> [Record] {
        if test(records) { return records }
        return await withCheckedContinuation { waiters.append((test, $0)) }
    }

    /// Waits for the `count`th record of the job keyed `key`.
    func records(of key: String, count: Int) async -> [Record] {
        await records { $0.filter { $0.job.idempotencyKey == key }.count >= count }
            .filter { $0.job.idempotencyKey == key }
    }
}
