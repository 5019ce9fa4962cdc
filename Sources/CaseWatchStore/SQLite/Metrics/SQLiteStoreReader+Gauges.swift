import CaseWatchCore
import GRDB

/// What `/metrics` reads from the store at each scrape: counts that indexes answer alone, or that are
/// small by nature (sign-offs and deliveries still waiting), so that a scrape stays cheap on a million cases.
public struct StoreGauges: Sendable, Equatable {
    /// Cases by projection status (`closed` left out): from the `projections_by_status` index alone.
    public var casesByStatus: [String: Int] = [:]
    /// Open cases with a next step stored: from the `(next_due, case_id)` index alone.
    public var pendingSteps = 0
    /// Pending sign-offs by level.
    public var signoffsPendingByLevel: [String: Int] = [:]
    /// Deliveries not yet sent, by receiver and status (`pending`, `failed`, `dead`).
    public var deliveriesByReceiver: [String: [String: Int]] = [:]
    /// Delivery attempts ever made (the attempts table's last id: it is never pruned).
    public var deliveryAttempts = 0
    /// Notices written and not yet routed to receivers.
    public var unroutedNotices = 0
    /// The event log's last position (every event ever appended, by any process).
    public var eventLogPosition: Int64 = 0

    /// Open cases: every status but `closed`.
    public var openCases: Int { casesByStatus.values.reduce(0, +) }
}

extension SQLiteStoreReader {
    /// The store's gauges for a scrape (see ``StoreGauges``), read in one snapshot.
    public func gauges() throws(StoreError) -> StoreGauges {
        try storeOperation {
            var gauges = StoreGauges()
            for row in try Row.fetchAll(db, sql: "SELECT status, COUNT(*) FROM projections INDEXED BY projections_by_status GROUP BY status")
            where row[0] as String != CaseStatus.closed.rawValue {
                gauges.casesByStatus[row[0]] = row[1]
            }
            gauges.pendingSteps = try Int.fetchOne(db, sql: """
                SELECT COUNT(*) FROM projections INDEXED BY projections_by_next_step WHERE next_due IS NOT NULL
                """) ?? 0
            for row in try Row.fetchAll(db, sql: "SELECT level, COUNT(*) FROM signoffs WHERE status = 'pending' GROUP BY level") {
                gauges.signoffsPendingByLevel[row[0]] = row[1]
            }
            for row in try Row.fetchAll(db, sql: """
                SELECT receiver, status, COUNT(*) FROM deliveries WHERE status IN ('pending', 'failed', 'dead') GROUP BY receiver, status
                """) {
                gauges.deliveriesByReceiver[row[0], default: [:]][row[1]] = row[2]
            }
            gauges.deliveryAttempts = try Int.fetchOne(db, sql: "SELECT MAX(id) FROM delivery_attempts") ?? 0
            gauges.unroutedNotices = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM notices WHERE routed_at IS NULL") ?? 0
            gauges.eventLogPosition = try Int64.fetchOne(db, sql: "SELECT MAX(seq) FROM case_events") ?? 0
            return gauges
        }
    }

    /// Open cases' next steps by tier. No index holds the tier, so this reads every projection: seconds on a
    /// million cases. `/metrics` keeps its answer for a while instead of asking at each scrape.
    public func pendingStepsByTier() throws(StoreError) -> [TierName: Int] {
        try storeOperation {
            var counts: [TierName: Int] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT next_tier, COUNT(*) FROM projections WHERE next_tier IS NOT NULL GROUP BY next_tier") {
                if let tier = TierName(rawValue: row[0]) { counts[tier] = row[1] }
            }
            return counts
        }
    }
}
