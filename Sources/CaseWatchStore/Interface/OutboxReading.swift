import CaseWatchCore

/// Reads the outbox: notices, deliveries and their attempts: the part of ``StoreReader`` that each backend implements in its own SQL.
public protocol OutboxReading {
    /// The earliest next attempt of a delivery still waiting (pending or failed), nil when none waits: one
    /// seek in the `deliveries_due` index.
    func earliestDeliveryAttempt() throws(StoreError) -> Instant?

    /// The id of the sign-off an escalation of (case, cycle, tier) requested first, nil when it requested none.
    func requestedSignoffID(caseID: CaseID, cycle: Int, tier: TierName) throws(StoreError) -> Int64?

    /// Notices the routing has not turned into deliveries yet, oldest first, at most `limit`.
    func unroutedNotices(limit: Int) throws(StoreError) -> [(id: Int64, notice: Notice)]

    /// How many notices wait for the routing.
    func unroutedNoticeCount() throws(StoreError) -> Int

    /// Whether any notice waits for the routing: one index entry read, however many wait (the supervision
    /// asks after every write it follows; counting them grew with a backlog the deliveries had not routed).
    func hasUnroutedNotices() throws(StoreError) -> Bool

    /// Deliveries to attempt now: pending or failed, next attempt due at or before `at`, the earliest due
    /// first, at most `limit`, leaving out those to `excludedReceivers` (whose lanes are full: their backlog
    /// must not fill the page and starve the others) and those in `excludedIDs` (attempts in flight).
    func dueDeliveries(
        at: Instant, limit: Int, excludingReceivers excludedReceivers: Set<String>, excludingIDs excludedIDs: Set<Int64>) throws(StoreError) -> [StoredDelivery]

    /// The deliveries still waiting (pending or failed) to `receiver` under `groupKey`, oldest first: the
    /// members of one grouped message.
    func groupMembers(receiver: String, groupKey: String) throws(StoreError) -> [StoredDelivery]

    /// Deliveries with `status` (nil: any) to `receiver` (nil: any), the newest first, at most `limit`.
    func deliveries(status: DeliveryStatus?, receiver: String?, limit: Int) throws(StoreError) -> [StoredDelivery]

    /// The delivery with `id` and every attempt made to send it, oldest first; nil when there is none.
    func delivery(id: Int64) throws(StoreError) -> (StoredDelivery, [DeliveryAttempt])?

    /// How much waits in the outbox: deliveries pending, failed (to be retried) and dead, and when the
    /// oldest one still waiting (pending or failed) was created (its age is `at` minus that).
    func outbox(at: Instant) throws(StoreError) -> (pending: Int, failed: Int, dead: Int, oldestPendingCreatedAt: Instant?)
}
