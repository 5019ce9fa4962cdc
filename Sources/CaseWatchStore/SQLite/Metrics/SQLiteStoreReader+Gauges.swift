import CaseWatchCore
import GRDB

extension SQLiteStoreReader {
    /// The store's gauges for a scrape (see ``StoreGauges``), read in one snapshot.
    public func gauges() throws(StoreError) -> StoreGauges {
        var gauges = StoreGauges()
        try gauges.countCases(byStatus: try fetchAll("SELECT status, COUNT(*) FROM projections INDEXED BY projections_by_status GROUP BY status"))
        try gauges.countPendingSignoffs(byLevel: try fetchAll("SELECT level, COUNT(*) FROM signoffs WHERE status = 'pending' GROUP BY level"))
        try gauges.countDeliveries(byReceiverAndStatus: try fetchAll("""
            SELECT receiver, status, COUNT(*) FROM deliveries WHERE status IN ('pending', 'failed', 'dead') GROUP BY receiver, status
            """))
        try storeOperation {
            gauges.pendingSteps = try Int.fetchOne(db, sql: """
                SELECT COUNT(*) FROM projections INDEXED BY projections_by_next_step WHERE next_due IS NOT NULL
                """) ?? 0
            gauges.deliveryAttempts = try Int.fetchOne(db, sql: "SELECT MAX(id) FROM delivery_attempts") ?? 0
            gauges.unroutedNotices = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM notices WHERE routed_at IS NULL") ?? 0
            gauges.eventLogPosition = try Int64.fetchOne(db, sql: "SELECT MAX(seq) FROM case_events") ?? 0
        }
        return gauges
    }

    /// Open cases' next steps by tier. No index holds the tier, so this reads every projection: seconds on a
    /// million cases. `/metrics` keeps its answer for a while instead of asking at each scrape.
    public func pendingStepsByTier() throws(StoreError) -> [TierName: Int] {
        try StoreGauges.pendingSteps(
            byTier: try fetchAll("SELECT next_tier, COUNT(*) FROM projections WHERE next_tier IS NOT NULL GROUP BY next_tier")
        )
    }

    /// The rows `sql` returns.
    private func fetchAll(_ sql: String) throws(StoreError) -> [Row] {
        try storeOperation { try Row.fetchAll(db, sql: sql) }
    }
}
