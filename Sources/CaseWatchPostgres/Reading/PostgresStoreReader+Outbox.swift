import CaseWatchCore
import CaseWatchStore

extension PostgresStoreReader: OutboxReading {
    /// The earliest next attempt of a delivery still waiting (pending or failed), nil when none waits: one
    /// seek in the `deliveries_due` index.
    func earliestDeliveryAttempt() throws(StoreError) -> Instant? {
        try session.row("""
            SELECT next_attempt_at FROM deliveries WHERE status IN ('pending', 'failed') ORDER BY next_attempt_at LIMIT 1
            """)?.optionalInstant(0)
    }

    /// The id of the sign-off an escalation of (case, cycle, tier) requested first, nil when it requested none.
    func requestedSignoffID(caseID: CaseID, cycle: Int, tier: TierName) throws(StoreError) -> Int64? {
        try session.row("""
            SELECT s.id FROM signoffs s JOIN escalations e ON e.id = s.escalation_id
            WHERE e.case_id = $1 AND e.cycle = $2 AND e.tier = $3 ORDER BY s.id LIMIT 1
            """, [caseID.rawValue, cycle, tier.rawValue])?.int(0)
    }

    /// Notices the routing has not turned into deliveries yet, oldest first, at most `limit`.
    func unroutedNotices(limit: Int) throws(StoreError) -> [(id: Int64, notice: Notice)] {
        try session.rows("""
            SELECT n.id, \(NoticeColumns.list("n")) FROM notices n WHERE n.routed_at IS NULL ORDER BY n.id LIMIT $1
            """, [limit]).map { row throws(StoreError) in
            let id = try row.int(0)
            return (id, try NoticeColumns.notice(row, from: 1, id: id))
        }
    }

    /// How many notices wait for the routing.
    func unroutedNoticeCount() throws(StoreError) -> Int {
        try session.row("SELECT count(*) FROM notices WHERE routed_at IS NULL")?.count(0) ?? 0
    }

    /// Whether any notice waits for the routing: one entry of the partial `notices_unrouted` index read,
    /// however many wait.
    func hasUnroutedNotices() throws(StoreError) -> Bool {
        try session.row("SELECT EXISTS (SELECT 1 FROM notices WHERE routed_at IS NULL)")?.bool(0) ?? false
    }

    /// Deliveries to attempt now: pending or failed, next attempt due at or before `at`, the earliest due
    /// first, at most `limit`, leaving out those to `excludedReceivers` (whose lanes are full) and those in
    /// `excludedIDs` (attempts in flight). The exclusions are bound as arrays (`<> ALL` of an empty one
    /// holds), so the statement's text is the same whatever they hold.
    func dueDeliveries(
        at: Instant, limit: Int, excludingReceivers excludedReceivers: Set<String>, excludingIDs excludedIDs: Set<Int64>) throws(StoreError) -> [StoredDelivery] {
        try deliveries("""
            WHERE d.status IN ('pending', 'failed') AND d.next_attempt_at <= $1 AND d.receiver <> ALL($2) AND d.id <> ALL($3)
            ORDER BY d.next_attempt_at, d.id LIMIT $4
            """, [at.secondsSinceEpoch, excludedReceivers.sorted(), excludedIDs.sorted(), limit])
    }

    /// The deliveries still waiting (pending or failed) to `receiver` under `groupKey`, oldest first: the
    /// members of one grouped message.
    func groupMembers(receiver: String, groupKey: String) throws(StoreError) -> [StoredDelivery] {
        try deliveries("""
            WHERE d.receiver = $1 AND d.group_key = $2 AND d.status IN ('pending', 'failed') ORDER BY d.id
            """, [receiver, groupKey])
    }

    /// Deliveries with `status` (nil: any) to `receiver` (nil: any), the newest first, at most `limit`.
    func deliveries(status: DeliveryStatus?, receiver: String?, limit: Int) throws(StoreError) -> [StoredDelivery] {
        try deliveries("""
            WHERE ($1::text IS NULL OR d.status = $1) AND ($2::text IS NULL OR d.receiver = $2) ORDER BY d.id DESC LIMIT $3
            """, [status?.rawValue, receiver, limit])
    }

    /// The delivery with `id` and every attempt made to send it, oldest first; nil when there is none.
    func delivery(id: Int64) throws(StoreError) -> (StoredDelivery, [DeliveryAttempt])? {
        guard let delivery = try deliveries("WHERE d.id = $1", [id]).first else { return nil }
        let attempts = try session.rows("""
            SELECT \(AttemptColumns.list) FROM delivery_attempts WHERE delivery_id = $1 ORDER BY id
            """, [id]).map { row throws(StoreError) in try AttemptColumns.attempt(row, delivery: id) }
        return (delivery, attempts)
    }

    /// How much waits in the outbox: deliveries pending, failed (to be retried) and dead, and when the
    /// oldest one still waiting (pending or failed) was created (its age is `at` minus that). One pass over
    /// the deliveries not sent.
    func outbox(at: Instant) throws(StoreError) -> (pending: Int, failed: Int, dead: Int, oldestPendingCreatedAt: Instant?) {
        guard let row = try session.row("""
            SELECT count(*) FILTER (WHERE status = 'pending'), count(*) FILTER (WHERE status = 'failed'),
                count(*) FILTER (WHERE status = 'dead'), min(created_at) FILTER (WHERE status IN ('pending', 'failed'))
            FROM deliveries WHERE status <> 'sent'
            """) else { return (0, 0, 0, nil) }
        return (try row.count(0), try row.count(1), try row.count(2), try row.optionalInstant(3))
    }

    /// Deliveries with their notices, filtered and ordered by `clause` (on alias `d`).
    private func deliveries(_ clause: String, _ values: [any PostgresBindable]) throws(StoreError) -> [StoredDelivery] {
        try session.rows("\(DeliveryColumns.select) \(clause)", values).map { row throws(StoreError) in try DeliveryColumns.delivery(row) }
    }
}
