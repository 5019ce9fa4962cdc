import CaseWatchCore
import CaseWatchStore

/// Turns the outbox's due deliveries into jobs: singles as they are, a group's waiting members fixed as one
/// batch, deliveries to receivers no longer routed given up as dead.
///
/// It runs first on a reader; only when a group must be fixed or a delivery given up (a write) does it throw
/// ``NeedsWrite``, and the caller runs it again in a write transaction, so the common case costs no commit.
struct OutboxJobs {
    let reader: any StoreReader
    let writer: (any StoreWriter)?
    let receivers: [String: NotifyReceiver]
    let at: Instant

    /// Thrown by a run on a reader that has something to write.
    struct NeedsWrite: Error {}

    /// At most `limit` jobs due at `at`, leaving out what `excluding` names and the deliveries `inFlight`.
    ///
    /// The receivers whose lanes are full and the deliveries in flight (still pending in the store) are left
    /// out in the query itself, so a page is read only for jobs that can be taken; it is four times `limit`
    /// to cover a batch's several rows.
    func due(limit: Int, excluding: DueExclusion, inFlight: Set<Int64>) throws -> [DeliveryJob] {
        var jobs: [DeliveryJob] = []
        var seen: Set<Int64> = []
        let rows = try reader.dueDeliveries(
            at: at, limit: limit * 4, excludingReceivers: excluding.receivers, excludingIDs: inFlight
        )
        for delivery in rows
        where jobs.count < limit && !seen.contains(delivery.id) {
            seen.insert(delivery.id)
            guard let receiver = receivers[delivery.receiver] else {
                try giveUp(delivery)
                continue
            }
            let members = try self.members(of: delivery)
            seen.formUnion(members.map(\.id))
            let key = members.count == 1 ? delivery.idempotencyKey : members[0].idempotencyKey + "-g"
            guard !excluding.jobKeys.contains(key) else { continue }
            jobs.append(DeliveryJob(
                idempotencyKey: key, deliveryIDs: members.map(\.id), receiver: receiver, notices: members.map(\.notice),
                createdAt: members.map(\.createdAt).min()!, attempts: members.map(\.attempts).max()!
            ))
        }
        return jobs
    }

    /// The deliveries sent as one message with `delivery`: its batch; or, before its first attempt, every
    /// member of its group not yet attempted, fixed as a batch now; or itself. A delivery once attempted
    /// alone stays alone, so a receiver never sees its content again under another key.
    private func members(of delivery: StoredDelivery) throws -> [StoredDelivery] {
        guard let groupKey = delivery.groupKey, !delivery.urgent else { return [delivery] }
        let waiting = try reader.groupMembers(receiver: delivery.receiver, groupKey: groupKey)
        if let batch = delivery.batchID {
            return waiting.filter { $0.batchID == batch }
        }
        guard delivery.attempts == 0 else { return [delivery] }
        let fresh = waiting.filter { $0.batchID == nil && $0.attempts == 0 }
        guard fresh.count > 1 else { return [delivery] }
        guard let writer else { throw NeedsWrite() }
        _ = try writer.assignBatch(fresh.map(\.id))
        return fresh
    }

    /// Records a delivery whose receiver the routing no longer names as dead, with the reason.
    private func giveUp(_ delivery: StoredDelivery) throws {
        guard let writer else { throw NeedsWrite() }
        let reason = "receiver '\(delivery.receiver)' is no longer in notify.yaml; it was removed by a reload"
        try writer.record(
            DeliveryAttempt(at: at, latencyMilliseconds: 0, httpStatus: nil, error: reason, outcome: .dead(reason: reason)),
            outcome: .dead(reason: reason), deliveries: [delivery.id]
        )
    }
}
