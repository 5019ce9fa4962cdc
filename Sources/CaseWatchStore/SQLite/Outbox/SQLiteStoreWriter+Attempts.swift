import CaseWatchCore
import GRDB

extension SQLiteStoreWriter {
    /// Records one attempt that carried `deliveries` (one delivery, or a group sent as one message) and
    /// what it came to: an attempt row for each delivery (with `outcome`), and each one's status, attempt
    /// count, next attempt, error, sent instant or dead reason updated; all or nothing.
    ///
    /// A sent delivery never changes again: its attempt is still recorded (it happened), its row is not.
    public func record(_ attempt: DeliveryAttempt, outcome: DeliveryOutcome, deliveries: [Int64]) throws(StoreError) {
        try atomically { () throws(StoreError) in
            try storeOperation {
                let insert = try db.cachedStatement(sql: """
                    INSERT INTO delivery_attempts (delivery_id, \(AttemptColumns.list)) VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                    """)
                let update = try db.cachedStatement(sql: """
                    UPDATE deliveries SET status = ?, attempts = attempts + 1, next_attempt_at = ?, last_error = ?,
                        sent_at = ?, dead_reason = ?
                    WHERE id = ? AND status <> 'sent'
                    """)
                var change = StatementArguments()
                AttemptColumns.deliveryValues(after: attempt, outcome: outcome, into: &change)
                for id in deliveries {
                    var row: StatementArguments = [id]
                    AttemptColumns.values(of: attempt, outcome: outcome, into: &row)
                    try insert.execute(arguments: row)
                    try update.execute(arguments: change + [id])
                }
            }
        }
    }

    /// Puts a failed or dead delivery back to pending, due at `at`. Returns its status before: nil when
    /// there is no such delivery; `.sent` and `.pending` ones are left as they are (a sent delivery is
    /// never sent again, a pending one is already waiting).
    @discardableResult
    public func retry(id: Int64, at: Instant) throws(StoreError) -> DeliveryStatus? {
        try storeOperation {
            guard let name = try String.fetchOne(db, sql: "SELECT status FROM deliveries WHERE id = ?", arguments: [id]) else {
                return nil
            }
            let status = try DeliveryStatus(stored: name, delivery: id)
            if status == .failed || status == .dead {
                try db.execute(sql: """
                    UPDATE deliveries SET status = 'pending', next_attempt_at = ?, dead_reason = NULL WHERE id = ?
                    """, arguments: [at.secondsSinceEpoch, id])
            }
            return status
        }
    }

    /// Puts every dead delivery back to pending, due at `at`; returns how many.
    public func retryDead(at: Instant) throws(StoreError) -> Int {
        try storeOperation {
            try db.execute(sql: """
                UPDATE deliveries SET status = 'pending', next_attempt_at = ?, dead_reason = NULL WHERE status = 'dead'
                """, arguments: [at.secondsSinceEpoch])
            return db.changesCount
        }
    }
}
