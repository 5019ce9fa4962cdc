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
                    INSERT INTO delivery_attempts (delivery_id, at, latency_ms, http_status, error, outcome, retry_at, dead_reason)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                    """)
                let update = try db.cachedStatement(sql: """
                    UPDATE deliveries SET status = ?, attempts = attempts + 1, next_attempt_at = ?, last_error = ?,
                        sent_at = ?, dead_reason = ?
                    WHERE id = ? AND status <> 'sent'
                    """)
                let at = attempt.at.secondsSinceEpoch
                let error = attempt.error ?? attempt.httpStatus.map { "HTTP \($0)" }
                for id in deliveries {
                    try insert.execute(arguments: [
                        id, at, max(0, attempt.latencyMilliseconds), attempt.httpStatus, attempt.error,
                        outcome.status.rawValue, outcome.retryAt?.secondsSinceEpoch, outcome.deadReason,
                    ])
                    switch outcome {
                    case .sent:
                        try update.execute(arguments: [DeliveryStatus.sent.rawValue, nil, nil, at, nil, id])
                    case let .failed(retryAt):
                        try update.execute(arguments: [DeliveryStatus.failed.rawValue, retryAt.secondsSinceEpoch, error, nil, nil, id])
                    case let .dead(reason):
                        try update.execute(arguments: [DeliveryStatus.dead.rawValue, nil, error, nil, reason, id])
                    }
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
            guard let status = DeliveryStatus(rawValue: name) else {
                throw StoreError.corrupt("delivery \(id): status '\(name)' is unknown")
            }
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
