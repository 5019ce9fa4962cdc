import CaseWatchCore
import CaseWatchStore

/// Turns the outbox's due deliveries into jobs inside one write transaction: singles as they are, a group's
/// waiting members fixed as one batch, deliveries to receivers no longer routed given up as dead.
struct OutboxJobs {
    let writer: StoreWriter
    let receivers: [String: NotifyReceiver]
    let at: Instant

    /// The most due rows one call reads while looking past the backlogs of excluded receivers.
    static let scanLimit = 20_000

    /// At most `limit` jobs due at `at`, leaving out what `excluding` names.
    ///
    /// Rows are read oldest first in growing pages until `limit` jobs are found or none is left (up to
    /// ``scanLimit``): the backlog of a receiver whose lane is full must not fill the page and starve the others.
    func due(limit: Int, excluding: DueExclusion) throws -> [DeliveryJob] {
        var jobs: [DeliveryJob] = []
        var seen: Set<Int64> = []
        // Read more rows than jobs wanted: the members of one batch come as several rows.
        var page = max(limit * 4, 16)
        while true {
            let rows = try writer.reader.dueDeliveries(at: at, limit: page)
            for delivery in rows where jobs.count < limit && !seen.contains(delivery.id) {
                seen.insert(delivery.id)
                guard !excluding.receivers.contains(delivery.receiver) else { continue }
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
            guard jobs.count < limit, rows.count == page, page < Self.scanLimit else { return jobs }
            page = min(page * 8, Self.scanLimit)
        }
    }

    /// The deliveries sent as one message with `delivery`: its batch; or, before its first attempt, every
    /// member of its group not yet attempted, fixed as a batch now; or itself. A delivery once attempted
    /// alone stays alone, so a receiver never sees its content again under another key.
    private func members(of delivery: StoredDelivery) throws -> [StoredDelivery] {
        guard let groupKey = delivery.groupKey, !delivery.urgent else { return [delivery] }
        let waiting = try writer.reader.groupMembers(receiver: delivery.receiver, groupKey: groupKey)
        if let batch = delivery.batchID {
            return waiting.filter { $0.batchID == batch }
        }
        guard delivery.attempts == 0 else { return [delivery] }
        let fresh = waiting.filter { $0.batchID == nil && $0.attempts == 0 }
        guard fresh.count > 1 else { return [delivery] }
        _ = try writer.assignBatch(fresh.map(\.id))
        return fresh
    }

    /// Records a delivery whose receiver the routing no longer names as dead, with the reason.
    private func giveUp(_ delivery: StoredDelivery) throws {
        let reason = "receiver '\(delivery.receiver)' is no longer in notify.yaml; it was removed by a reload"
        try writer.record(
            DeliveryAttempt(at: at, latencyMilliseconds: 0, httpStatus: nil, error: reason, outcome: .dead(reason: reason)),
            outcome: .dead(reason: reason), deliveries: [delivery.id]
        )
    }
}
