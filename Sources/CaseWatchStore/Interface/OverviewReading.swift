import CaseWatchCore

/// Reads the figures of the supervision wall and the metrics: the part of ``StoreReader`` that each backend implements in its own SQL.
public protocol OverviewReading {
    /// The store's gauges for a scrape (see ``StoreGauges``), read in one snapshot.
    func gauges() throws(StoreError) -> StoreGauges

    /// Open cases' next steps by tier. No index holds the tier, so this reads every projection: seconds on a
    /// million cases. `/metrics` keeps its answer for a while instead of asking at each scrape.
    func pendingStepsByTier() throws(StoreError) -> [TierName: Int]

    /// Per unit (one scan of the open cases): how many open cases it holds and how many are overdue at `now`.
    func openCaseCounts(at now: Instant) throws(StoreError) -> [UnitCaseCount]

    /// The earliest unmet deadlines of open cases at or after `from` and before `until`, in order, at most
    /// `limit` of them.
    func openDeadlines(from: Instant, until: Instant, limit: Int) throws(StoreError) -> [Instant]

    /// Every pending sign-off, by level, the longest waiting first.
    func pendingSignoffAges() throws(StoreError) -> [PendingSignoffAge]
}
