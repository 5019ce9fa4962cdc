import CaseWatchCore
import CaseWatchStore

extension PostgresStoreWriter: OutboxWriting {
    /// Records one attempt that carried `deliveries` (one delivery, or a group sent as one message) and
    /// what it came to: an attempt row for each delivery (with `outcome`), and each one's status, attempt
    /// count, next attempt, error, sent instant or dead reason updated; all or nothing (a savepoint: a
    /// delivery that is not stored is refused after the others were written).
    ///
    /// A sent delivery never changes again: its attempt is still recorded (it happened), its row is not.
    func record(_ attempt: DeliveryAttempt, outcome: DeliveryOutcome, deliveries: [Int64]) throws(StoreError) {
        var change = PostgresParameters()
        AttemptColumns.deliveryValues(after: attempt, outcome: outcome, into: &change)
        try atomically { () throws(StoreError) in
            for id in deliveries {
                var row = PostgresParameters([id])
                AttemptColumns.values(of: attempt, outcome: outcome, into: &row)
                try session.execute("""
                    INSERT INTO delivery_attempts (delivery_id, \(AttemptColumns.list)) VALUES (\(PostgresParameters.placeholders(row.values.count)))
                    """, row.values)
                try session.execute("""
                    UPDATE deliveries SET status = $1, attempts = attempts + 1, next_attempt_at = $2, last_error = $3,
                        sent_at = $4, dead_reason = $5
                    WHERE id = $6 AND status <> 'sent'
                    """, change.values + [id])
            }
        }
    }

    /// Puts a failed or dead delivery back to pending, due at `at`. Returns its status before: nil when
    /// there is no such delivery; `.sent` and `.pending` ones are left as they are. One statement: the
    /// status it returns is read from the snapshot the update starts from.
    @discardableResult
    func retry(id: Int64, at: Instant) throws(StoreError) -> DeliveryStatus? {
        guard let name = try session.row("""
            WITH previous AS (SELECT status FROM deliveries WHERE id = $1),
                revived AS (
                    UPDATE deliveries SET status = 'pending', next_attempt_at = $2, dead_reason = NULL
                    WHERE id = $1 AND status IN ('failed', 'dead')
                )
            SELECT status FROM previous
            """, [id, at.secondsSinceEpoch])?.text(0) else { return nil }
        return try DeliveryStatus(stored: name, delivery: id)
    }

    /// Puts every dead delivery back to pending, due at `at`; returns how many.
    func retryDead(at: Instant) throws(StoreError) -> Int {
        try session.execute("""
            UPDATE deliveries SET status = 'pending', next_attempt_at = $1, dead_reason = NULL WHERE status = 'dead'
            """, [at.secondsSinceEpoch])
    }

    /// Writes `notice` to the outbox and returns its id: one INSERT, without a savepoint, as it runs for every
    /// notice of a firing. The table refuses only a caller's error (a notice of a case or sign-off not
    /// stored) or a test's fault (``PostgresCaseStore/refuseNotices(ofKind:)``), and the transaction then
    /// fails as a whole, as the notice's must.
    @discardableResult
    func enqueue(_ notice: Notice) throws(StoreError) -> Int64 {
        var values = PostgresParameters()
        NoticeColumns.values(of: notice, into: &values)
        guard let row = try session.row("""
            INSERT INTO notices (\(NoticeColumns.list())) VALUES (\(PostgresParameters.placeholders(NoticeColumns.names.count)))
            RETURNING id
            """, values.values) else {
            throw .postgres("the INSERT of a notice returned no id")
        }
        return try row.int(0)
    }

    /// Turns notice `id` into `deliveries` created at `at` and marks it routed: all or nothing (a
    /// savepoint: a delivery the table refuses comes after others were written).
    ///
    /// Idempotent: a notice already routed is left alone (its deliveries stay as they are), and a
    /// receiver named twice gets one delivery. Returns how many deliveries were created.
    @discardableResult
    func route(notice id: Int64, deliveries: [PlannedDelivery], at: Instant) throws(StoreError) -> Int {
        guard let row = try session.row("SELECT routed_at, \(NoticeColumns.list("n")) FROM notices n WHERE n.id = $1", [id]) else {
            throw DeliveryRows.unknownNotice(id)
        }
        guard try row.optionalInt(0) == nil else { return 0 }
        let notice = try NoticeColumns.notice(row, from: 1, id: id)
        return try atomically { () throws(StoreError) -> Int in
            var created = 0
            for planned in deliveries {
                var values = PostgresParameters()
                DeliveryRows.values(of: planned, notice: notice, noticeID: id, at: at, into: &values)
                created += try session.execute("""
                    INSERT INTO deliveries (\(DeliveryRows.insertColumns), status) VALUES (\(PostgresParameters.placeholders(values.values.count)), 'pending')
                    ON CONFLICT (notice_id, receiver) DO NOTHING
                    """, values.values)
            }
            try session.execute("UPDATE notices SET routed_at = $1 WHERE id = $2", [at.secondsSinceEpoch, id])
            return created
        }
    }

    /// Fixes the group of deliveries `ids` before its first attempt and returns its batch id, the smallest
    /// of them, so that a retry after a crash resends the same group under the same key.
    ///
    /// A member already in a batch keeps it; the others join this one.
    func assignBatch(_ ids: [Int64]) throws(StoreError) -> Int64 {
        let batch = try DeliveryRows.batchID(of: ids)
        try session.execute("UPDATE deliveries SET batch_id = $1 WHERE id = ANY($2) AND batch_id IS NULL", [batch, ids])
        return batch
    }
}
