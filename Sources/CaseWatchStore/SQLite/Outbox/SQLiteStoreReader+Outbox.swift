import CaseWatchCore
import GRDB

extension SQLiteStoreReader {
    /// Notices the routing has not turned into deliveries yet, oldest first, at most `limit`.
    public func unroutedNotices(limit: Int) throws(StoreError) -> [(id: Int64, notice: Notice)] {
        try storeOperation {
            try Row.fetchAll(db.cachedStatement(sql: """
                SELECT n.id, \(NoticeColumns.list("n")) FROM notices n WHERE n.routed_at IS NULL ORDER BY n.id LIMIT ?
                """), arguments: [limit]).map { row throws in
                let id: Int64 = row[0]
                return (id, try NoticeColumns.notice(row, from: 1, id: id))
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
                SELECT \(AttemptColumns.list) FROM delivery_attempts
                WHERE delivery_id = ? ORDER BY id
                """, arguments: [id]).map { row throws in try AttemptColumns.attempt(row, delivery: id) }
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
            try Row.fetchAll(db.cachedStatement(sql: "\(DeliveryColumns.select) \(clause)"), arguments: arguments)
                .map { row throws in try DeliveryColumns.delivery(row) }
        }
    }
}
