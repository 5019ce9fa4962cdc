import CaseWatchCore
import GRDB

extension SQLiteStoreReader {
    /// Notices the routing has not turned into deliveries yet, oldest first, at most `limit`.
    public func unroutedNotices(limit: Int) throws(StoreError) -> [(id: Int64, notice: Notice)] {
        try storeOperation {
            try Row.fetchAll(db.cachedStatement(sql: """
                SELECT n.id, \(NoticeRow.columns("n")) FROM notices n WHERE n.routed_at IS NULL ORDER BY n.id LIMIT ?
                """), arguments: [limit]).map { row throws in
                let id: Int64 = row[0]
                return (id, try NoticeRow.notice(row, from: 1, id: id))
            }
        }
    }

    /// How many notices wait for the routing.
    public func unroutedNoticeCount() throws(StoreError) -> Int {
        try storeOperation {
            try Int.fetchOne(db.cachedStatement(sql: "SELECT count(*) FROM notices WHERE routed_at IS NULL")) ?? 0
        }
    }

    /// Whether any notice waits for the routing: one index entry read, however many wait (the supervision
    /// asks after every write it follows; counting them grew with a backlog the deliveries had not routed).
    public func hasUnroutedNotices() throws(StoreError) -> Bool {
        try storeOperation {
            try Bool.fetchOne(db.cachedStatement(sql: "SELECT EXISTS (SELECT 1 FROM notices WHERE routed_at IS NULL)")) ?? false
        }
    }

    /// Deliveries to attempt now: pending or failed, next attempt due at or before `at`, the earliest due
    /// first, at most `limit`, leaving out those to `excludedReceivers` (whose lanes are full: their backlog
    /// must not fill the page and starve the others) and those in `excludedIDs` (attempts in flight).
    public func dueDeliveries(
        at: Instant, limit: Int, excludingReceivers excludedReceivers: Set<String>, excludingIDs excludedIDs: Set<Int64>) throws(StoreError) -> [StoredDelivery] {
        let receivers = excludedReceivers.sorted()
        let ids = excludedIDs.sorted()
        let places = { (count: Int) in Array(repeating: "?", count: count).joined(separator: ", ") }
        var clause = "WHERE d.status IN ('pending', 'failed') AND d.next_attempt_at <= ?"
        if !receivers.isEmpty { clause += " AND d.receiver NOT IN (\(places(receivers.count)))" }
        if !ids.isEmpty { clause += " AND d.id NOT IN (\(places(ids.count)))" }
        var arguments: StatementArguments = [at.secondsSinceEpoch]
        for receiver in receivers { arguments += [receiver] }
        for id in ids { arguments += [id] }
        arguments += [limit]
        return try fetchDeliveries(clause + " ORDER BY d.next_attempt_at, d.id LIMIT ?", arguments)
    }

    /// The deliveries still waiting (pending or failed) to `receiver` under `groupKey`, oldest first: the
    /// members of one grouped message.
    public func groupMembers(receiver: String, groupKey: String) throws(StoreError) -> [StoredDelivery] {
        try fetchDeliveries("""
            WHERE d.receiver = ? AND d.group_key = ? AND d.status IN ('pending', 'failed') ORDER BY d.id
            """, [receiver, groupKey])
    }

    /// Deliveries with `status` (nil: any) to `receiver` (nil: any), the newest first, at most `limit`.
    public func deliveries(status: DeliveryStatus?, receiver: String?, limit: Int) throws(StoreError) -> [StoredDelivery] {
        var conditions: [String] = []
        var arguments: StatementArguments = []
        if let status { conditions.append("d.status = ?"); arguments += [status.rawValue] }
        if let receiver { conditions.append("d.receiver = ?"); arguments += [receiver] }
        let filter = conditions.isEmpty ? "" : "WHERE " + conditions.joined(separator: " AND ")
        arguments += [limit]
        return try fetchDeliveries("\(filter) ORDER BY d.id DESC LIMIT ?", arguments)
    }

    /// The delivery with `id` and every attempt made to send it, oldest first; nil when there is none.
    public func delivery(id: Int64) throws(StoreError) -> (StoredDelivery, [DeliveryAttempt])? {
        guard let delivery = try fetchDeliveries("WHERE d.id = ?", [id]).first else { return nil }
        let attempts = try storeOperation {
            try Row.fetchAll(db, sql: """
                SELECT at, latency_ms, http_status, error, outcome, retry_at, dead_reason FROM delivery_attempts
                WHERE delivery_id = ? ORDER BY id
                """, arguments: [id]).map { row throws in try Self.attempt(row, delivery: id) }
        }
        return (delivery, attempts)
    }

    /// How much waits in the outbox: deliveries pending, failed (to be retried) and dead, and when the
    /// oldest one still waiting (pending or failed) was created (its age is `at` minus that).
    public func outbox(at: Instant) throws(StoreError) -> (pending: Int, failed: Int, dead: Int, oldestPendingCreatedAt: Instant?) {
        try storeOperation {
            var counts: [String: Int] = [:]
            for row in try Row.fetchAll(db, sql: """
                SELECT status, count(*) FROM deliveries WHERE status <> 'sent' GROUP BY status
                """) {
                counts[row[0]] = row[1]
            }
            let oldest = try Int64.fetchOne(db, sql: """
                SELECT min(created_at) FROM deliveries WHERE status IN ('pending', 'failed')
                """)
            return (counts["pending"] ?? 0, counts["failed"] ?? 0, counts["dead"] ?? 0, oldest.map { Instant(secondsSinceEpoch: $0) })
        }
    }

    /// Deliveries with their notices, filtered and ordered by `clause` (on alias `d`).
    private func fetchDeliveries(_ clause: String, _ arguments: StatementArguments) throws(StoreError) -> [StoredDelivery] {
        try storeOperation {
            try Row.fetchAll(db.cachedStatement(sql: """
                SELECT d.id, d.notice_id, d.receiver, d.idempotency_key, d.urgent, d.status, d.not_before, d.group_key,
                    d.batch_id, d.attempts, d.next_attempt_at, d.last_error, d.created_at, d.sent_at, d.dead_reason,
                    \(NoticeRow.columns("n"))
                FROM deliveries d JOIN notices n ON n.id = d.notice_id \(clause)
                """), arguments: arguments).map { row throws in try Self.delivery(row) }
        }
    }

    private static func delivery(_ row: Row) throws(StoreError) -> StoredDelivery {
        let id: Int64 = row[0]
        let noticeID: Int64 = row[1]
        let statusName: String = row[5]
        guard let status = DeliveryStatus(rawValue: statusName) else {
            throw .corrupt("delivery \(id): status '\(statusName)' is unknown")
        }
        func instant(_ index: Int) -> Instant? { (row[index] as Int64?).map { Instant(secondsSinceEpoch: $0) } }
        return StoredDelivery(
            id: id, noticeID: noticeID, notice: try NoticeRow.notice(row, from: 15, id: noticeID), receiver: row[2],
            idempotencyKey: row[3], urgent: row[4], status: status, notBefore: Instant(secondsSinceEpoch: row[6]),
            groupKey: row[7], batchID: row[8], attempts: row[9], nextAttemptAt: instant(10), lastError: row[11],
            createdAt: Instant(secondsSinceEpoch: row[12]), sentAt: instant(13), deadReason: row[14]
        )
    }

    private static func attempt(_ row: Row, delivery id: Int64) throws(StoreError) -> DeliveryAttempt {
        let outcomeName: String = row[4]
        let outcome: DeliveryOutcome
        switch outcomeName {
        case "sent": outcome = .sent
        case "failed": outcome = .failed(retryAt: Instant(secondsSinceEpoch: row[5] as Int64? ?? 0))
        case "dead": outcome = .dead(reason: row[6] as String? ?? "")
        default: throw .corrupt("delivery \(id): attempt outcome '\(outcomeName)' is unknown")
        }
        return DeliveryAttempt(
            at: Instant(secondsSinceEpoch: row[0]), latencyMilliseconds: row[1], httpStatus: row[2], error: row[3], outcome: outcome
        )
    }
}
