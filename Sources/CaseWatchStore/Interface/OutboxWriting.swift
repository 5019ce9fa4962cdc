import CaseWatchCore

/// Writes the outbox: the part of ``StoreWriter`` that each backend implements in its own SQL.
public protocol OutboxWriting {
    /// Records one attempt that carried `deliveries` (one delivery, or a group sent as one message) and
    /// what it came to: an attempt row for each delivery (with `outcome`), and each one's status, attempt
    /// count, next attempt, error, sent instant or dead reason updated; all or nothing.
    ///
    /// A sent delivery never changes again: its attempt is still recorded (it happened), its row is not.
    func record(_ attempt: DeliveryAttempt, outcome: DeliveryOutcome, deliveries: [Int64]) throws(StoreError)

    /// Puts a failed or dead delivery back to pending, due at `at`. Returns its status before: nil when
    /// there is no such delivery; `.sent` and `.pending` ones are left as they are (a sent delivery is
    /// never sent again, a pending one is already waiting).
    @discardableResult
    func retry(id: Int64, at: Instant) throws(StoreError) -> DeliveryStatus?

    /// Puts every dead delivery back to pending, due at `at`; returns how many.
    func retryDead(at: Instant) throws(StoreError) -> Int

    /// Writes `notice` to the outbox and returns its id.
    ///
    /// Call it inside the transaction that makes the notice true (the escalation, the sign-off request,
    /// passing up or decision, the supervision order): it commits with it or not at all. One prepared
    /// INSERT, bound through the C interface as the ingest's event insert is (``HotStatements``).
    @discardableResult
    func enqueue(_ notice: Notice) throws(StoreError) -> Int64

    /// Turns notice `id` into `deliveries` created at `at` and marks it routed: all or nothing.
    ///
    /// Idempotent: a notice already routed is left alone (its deliveries stay as they are), and a
    /// receiver named twice gets one delivery. Returns how many deliveries were created.
    @discardableResult
    func route(notice id: Int64, deliveries: [PlannedDelivery], at: Instant) throws(StoreError) -> Int

    /// Fixes the group of deliveries `ids` before its first attempt and returns its batch id, the smallest
    /// of them, so that a retry after a crash resends the same group under the same key.
    ///
    /// A member already in a batch keeps it; the others join this one.
    func assignBatch(_ ids: [Int64]) throws(StoreError) -> Int64
}
