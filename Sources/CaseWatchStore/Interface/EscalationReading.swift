import CaseWatchCore

/// Reads escalations and the steps pending: the part of ``StoreReader`` that each backend implements in its own SQL.
public protocol EscalationReading {
    /// Up to `limit` escalations committed after row id `afterID`, in commit order, of `tier` (nil: any)
    /// and charged to `unit` or any unit under it in the tree (nil: any), each with its current sign-off.
    func escalations(
        afterID: Int64, tier: TierName?, under unit: UnitID?, limit: Int
    ) throws(StoreError) -> [StoredEscalation]

    /// The last `limit` escalations committed, the latest first.
    func latestEscalations(limit: Int) throws(StoreError) -> [StoredEscalation]

    /// Up to `limit` escalations committed after the one with row id `afterID`, in commit order.
    func escalations(afterID: Int64, limit: Int) throws(StoreError) -> [StoredEscalation]

    /// The row id of the last escalation committed, 0 when there is none.
    func latestEscalationID() throws(StoreError) -> Int64

    /// The tiers already escalated for a case in a resolution cycle.
    func firedTiers(of caseID: CaseID, cycle: Int) throws(StoreError) -> Set<TierName>

    /// ``firedTiers(of:cycle:)`` of each case in `cycles` in the cycle given, in one read (a case with none
    /// fired may be left out): the bulk form for intake.
    func firedTiers(of cycles: [CaseID: Int]) throws(StoreError) -> [CaseID: Set<TierName>]

    /// Escalations in detection order, filtered by case, tier, unit and detection time; a sign-off tier's
    /// with its current sign-off (the last one, after any passed up a level).
    func escalations(
        caseID: CaseID?, tier: TierName?, unit: UnitID?, since: Instant?) throws(StoreError) -> [StoredEscalation]

    /// Every case's stored next step, earliest due first (ties by case id), for filling the timer wheel.
    ///
    /// The scan runs with a page cache of 2 MiB (the connection's own size is restored after): it reads
    /// each index page once, so a larger cache only grows, one page allocation at a time, between the case
    /// id strings the caller keeps; freed later, those pages leave holes in the C heap that it cannot give
    /// back (measured: 34 MB left resident at a million open cases).
    func pendingSteps() throws(StoreError) -> [(caseID: CaseID, due: Instant)]

    /// How many cases have a next step, and the earliest one's due instant.
    func pendingStepSummary() throws(StoreError) -> (count: Int, earliest: Instant?)

    /// The earliest stored next step's due instant (one seek in the `(next_due, case_id)` index), nil when
    /// no case has one.
    func earliestPendingStep() throws(StoreError) -> Instant?

    /// How many escalations were detected at or after `since`.
    func escalationCount(detectedSince since: Instant) throws(StoreError) -> Int
}
