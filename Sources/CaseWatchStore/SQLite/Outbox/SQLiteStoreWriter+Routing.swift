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
                    SELECT routed_at, \(NoticeColumns.list("n")) FROM notices n WHERE n.id = ?
                    """), arguments: [id]) else {
                    throw DeliveryRows.unknownNotice(id)
                }
                guard (row[0] as Int64?) == nil else { return 0 }
                let notice = try NoticeColumns.notice(row, from: 1, id: id)
                var created = 0
                let insert = try db.cachedStatement(sql: """
                    INSERT INTO deliveries (\(DeliveryRows.insertColumns), status) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'pending')
                    ON CONFLICT (notice_id, receiver) DO NOTHING
                    """)
                for planned in deliveries {
                    var values = StatementArguments()
                    DeliveryRows.values(of: planned, notice: notice, noticeID: id, at: at, into: &values)
                    try insert.execute(arguments: values)
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
        let batch = try DeliveryRows.batchID(of: ids)
        try storeOperation {
            let statement = try db.cachedStatement(sql: "UPDATE deliveries SET batch_id = ? WHERE id = ? AND batch_id IS NULL")
            for id in ids { try statement.execute(arguments: [batch, id]) }
        }
        return batch
    }
}
