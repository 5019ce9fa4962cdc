import CaseWatchCore
import CaseWatchStore

extension PostgresStoreReader: OverviewReading {
    /// The store's gauges for a scrape (see ``StoreGauges``), read in one snapshot.
    func gauges() throws(StoreError) -> StoreGauges {
        var gauges = StoreGauges()
        try gauges.countCases(byStatus: try session.rows("SELECT status, COUNT(*) FROM projections GROUP BY status"))
        try gauges.countPendingSignoffs(byLevel: try session.rows("SELECT level, COUNT(*) FROM signoffs WHERE status = 'pending' GROUP BY level"))
        try gauges.countDeliveries(byReceiverAndStatus: try session.rows("""
            SELECT receiver, status, COUNT(*) FROM deliveries WHERE status IN ('pending', 'failed', 'dead') GROUP BY receiver, status
            """))
        // The single figures in one round trip: a scrape should cost the server little.
        guard let figures = try session.row("""
            SELECT (SELECT COUNT(*) FROM projections WHERE next_due IS NOT NULL),
                   (SELECT COALESCE(MAX(id), 0) FROM delivery_attempts),
                   (SELECT COUNT(*) FROM notices WHERE routed_at IS NULL),
                   (SELECT COALESCE(MAX(seq), 0) FROM case_events)
            """) else { return gauges }
        gauges.pendingSteps = try figures.count(0)
        gauges.deliveryAttempts = try figures.count(1)
        gauges.unroutedNotices = try figures.count(2)
        gauges.eventLogPosition = try figures.int(3)
        return gauges
    }

    /// Open cases' next steps by tier. No index holds the tier's count, so this reads every open
    /// projection's: `/metrics` keeps its answer for a while instead of asking at each scrape.
    func pendingStepsByTier() throws(StoreError) -> [TierName: Int] {
        try StoreGauges.pendingSteps(
            byTier: try session.rows("SELECT next_tier, COUNT(*) FROM projections WHERE next_tier IS NOT NULL GROUP BY next_tier")
        )
    }

    /// Per unit (one scan of the open cases): how many open cases it holds and how many are overdue at `now`.
    func openCaseCounts(at now: Instant) throws(StoreError) -> [UnitCaseCount] {
        try session.rows("""
            SELECT unit_id, COUNT(*), COUNT(*) FILTER (WHERE deadline < $1)
            FROM (SELECT unit_id, \(OpenDeadlineColumn.earliestUnmet) AS deadline FROM projections WHERE status <> 'closed') open_cases
            GROUP BY unit_id ORDER BY unit_id NULLS FIRST
            """, [now.secondsSinceEpoch]).map(UnitCaseCount.init(stored:))
    }

    /// The earliest unmet deadlines of open cases at or after `from` and before `until`, in order, at most
    /// `limit` of them.
    func openDeadlines(from: Instant, until: Instant, limit: Int) throws(StoreError) -> [Instant] {
        try session.rows("""
            SELECT deadline FROM (SELECT \(OpenDeadlineColumn.earliestUnmet) AS deadline FROM projections WHERE status <> 'closed') open_cases
            WHERE deadline >= $1 AND deadline < $2 ORDER BY deadline LIMIT $3
            """, [from.secondsSinceEpoch, until.secondsSinceEpoch, limit]).map { row throws(StoreError) in try row.instant(0) }
    }

    /// Every pending sign-off, by level, the longest waiting first.
    func pendingSignoffAges() throws(StoreError) -> [PendingSignoffAge] {
        try session.rows(PendingSignoffAge.storedQuery).map(PendingSignoffAge.init(stored:))
    }
}
