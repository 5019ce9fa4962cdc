import CaseWatchCore

/// The gauges from the rows their queries return, read alike for both backends.
extension StoreGauges {
    /// Counts the `status, count` rows of the projections; closed cases are not a gauge (they only grow).
    package mutating func countCases(byStatus rows: [some StoredRow]) throws(StoreError) {
        for row in rows {
            let status = try row.text(0)
            if status != CaseStatus.closed.rawValue { casesByStatus[status] = try row.count(1) }
        }
    }

    /// Counts the `level, count` rows of the pending sign-offs.
    package mutating func countPendingSignoffs(byLevel rows: [some StoredRow]) throws(StoreError) {
        for row in rows { signoffsPendingByLevel[try row.text(0)] = try row.count(1) }
    }

    /// Counts the `receiver, status, count` rows of the deliveries not yet sent.
    package mutating func countDeliveries(byReceiverAndStatus rows: [some StoredRow]) throws(StoreError) {
        for row in rows { deliveriesByReceiver[try row.text(0), default: [:]][try row.text(1)] = try row.count(2) }
    }

    /// The `next_tier, count` rows of the open projections by tier; a tier this build does not know (a
    /// newer policy's) is left out.
    package static func pendingSteps(byTier rows: [some StoredRow]) throws(StoreError) -> [TierName: Int] {
        var counts: [TierName: Int] = [:]
        for row in rows {
            if let tier = TierName(rawValue: try row.text(0)) { counts[tier] = try row.count(1) }
        }
        return counts
    }
}
