import CaseWatchCore
import GRDB

extension SQLiteStoreWriter {
    /// Turns notice `id` into `deliveries` created at `at` and marks it routed: all or nothing.
    ///
    /// Idempotent: a notice already routed is left alone (its deliveries stay as they are), and a
    /// receiver named twice gets one delivery. Returns how many deliveries were created.
    @discardableResult
    public func route(notice id: Int64, deliveries: [PlannedDelivery], at: Instant) throws(StoreError) -> Int {
        try atomically { () throws(StoreError) -> Int in
            try storeOperation {
                guard let row = try Row.fetchOne(db.cachedStatement(sql: """
                    SELECT routed_at, \(NoticeRow.columns("n")) FROM notices n WHERE n.id = ?
                    """), arguments: [id]) else {
                    throw StoreError.corrupt("notice \(id) does not exist; route a notice that unroutedNotices returned")
                }
                guard (row[0] as Int64?) == nil else { return 0 }
                let notice = try NoticeRow.notice(row, from: 1, id: id)
                var created = 0
                for planned in deliveries {
                    try db.cachedStatement(sql: """
                        INSERT INTO deliveries (notice_id, receiver, idempotency_key, urgent, status, not_before, group_key,
                            next_attempt_at, created_at)
                        VALUES (?, ?, ?, ?, 'pending', ?, ?, ?, ?) ON CONFLICT (notice_id, receiver) DO NOTHING
                        """).execute(arguments: [
                            id, planned.receiver, IdempotencyKey.make(noticeID: id, notice: notice, receiver: planned.receiver),
                            planned.urgent, planned.notBefore.secondsSinceEpoch, planned.urgent ? nil : planned.groupKey,
                            planned.notBefore.secondsSinceEpoch, at.secondsSinceEpoch,
                        ])
                    created += db.changesCount
                }
                try db.cachedStatement(sql: "UPDATE notices SET routed_at = ? WHERE id = ?")
                    .execute(arguments: [at.secondsSinceEpoch, id])
                return created
            }
        }
    }

    /// Fixes the group of deliveries `ids` before its first attempt and returns its batch id, the smallest
    /// of them, so that a retry after a crash resends the same group under the same key.
    ///
    /// A member already in a batch keeps it; the others join this one.
    public func assignBatch(_ ids: [Int64]) throws(StoreError) -> Int64 {
        guard let batch = ids.min() else { throw .corrupt("a delivery batch needs at least one delivery") }
        try storeOperation {
            let statement = try db.cachedStatement(sql: "UPDATE deliveries SET batch_id = ? WHERE id = ? AND batch_id IS NULL")
            for id in ids { try statement.execute(arguments: [batch, id]) }
        }
        return batch
    }
}
