import CaseWatchCore
import GRDB

extension SQLiteStoreReader {
    /// The tiers already escalated for a case in a resolution cycle.
    public func firedTiers(of caseID: CaseID, cycle: Int) throws(StoreError) -> Set<TierName> {
        let names = try storeOperation {
            let statement = try db.cachedStatement(sql: "SELECT tier FROM escalations WHERE case_id = ? AND cycle = ?")
            return try String.fetchAll(statement, arguments: [caseID.rawValue, cycle])
        }
        return try EscalationColumns.tiers(names, of: caseID, cycle: cycle)
    }

    /// Escalations in detection order, filtered by case, tier, unit and detection time; a sign-off tier's
    /// with its current sign-off (the last one, after any passed up a level).
    public func escalations(
        caseID: CaseID?, tier: TierName?, unit: UnitID?, since: Instant?) throws(StoreError) -> [StoredEscalation] {
        var conditions: [String] = []
        var arguments: [(any DatabaseValueConvertible)?] = []
        if let caseID { conditions.append("e.case_id = ?"); arguments.append(caseID.rawValue) }
        if let tier { conditions.append("e.tier = ?"); arguments.append(tier.rawValue) }
        if let unit { conditions.append("e.unit_id = ?"); arguments.append(unit.rawValue) }
        if let since { conditions.append("e.detected_at >= ?"); arguments.append(since.secondsSinceEpoch) }
        let filter = conditions.isEmpty ? "" : "WHERE " + conditions.joined(separator: " AND ")
        return try storeOperation {
            // Cached: a case's escalations are read with every GET /v1/cases/{id}.
            let rows = try Row.fetchAll(db.cachedStatement(sql: """
                \(EscalationColumns.select)
                \(filter) ORDER BY e.detected_at, e.due_at, e.id
                """), arguments: StatementArguments(arguments))
            return try rows.map { row throws(StoreError) in try EscalationColumns.storedEscalation(row) }
        }
    }

    /// Every case's stored next step, earliest due first (ties by case id), for filling the timer wheel.
    ///
    /// The scan runs with a page cache of 2 MiB (the connection's own size is restored after): it reads
    /// each index page once, so a larger cache only grows, one page allocation at a time, between the case
    /// id strings the caller keeps; freed later, those pages leave holes in the C heap that it cannot give
    /// back (measured: 34 MB left resident at a million open cases).
    public func pendingSteps() throws(StoreError) -> [(caseID: CaseID, due: Instant)] {
        try storeOperation {
            let cacheSize = try Int.fetchOne(db, sql: "PRAGMA cache_size") ?? -2_000
            try db.execute(sql: "PRAGMA cache_size = -2048")
            defer { try? db.execute(sql: "PRAGMA cache_size = \(cacheSize)") }
            var steps: [(caseID: CaseID, due: Instant)] = []
            let cursor = try Row.fetchCursor(
                db, sql: "SELECT case_id, next_due FROM projections WHERE next_due IS NOT NULL ORDER BY next_due, case_id"
            )
            while let row = try cursor.next() {
                steps.append((CaseID(row[0] as String), Instant(secondsSinceEpoch: row[1])))
            }
            return steps
        }
    }

    /// How many cases have a next step, and the earliest one's due instant.
    public func pendingStepSummary() throws(StoreError) -> (count: Int, earliest: Instant?) {
        try storeOperation {
            let row = try Row.fetchOne(db, sql: "SELECT COUNT(*), MIN(next_due) FROM projections WHERE next_due IS NOT NULL")
            let earliest: Int64? = row?[1]
            return (row?[0] ?? 0, earliest.map { Instant(secondsSinceEpoch: $0) })
        }
    }

    /// The earliest stored next step's due instant (one seek in the `(next_due, case_id)` index), nil when
    /// no case has one.
    public func earliestPendingStep() throws(StoreError) -> Instant? {
        try storeOperation {
            try Int64.fetchOne(db, sql: "SELECT next_due FROM projections WHERE next_due IS NOT NULL ORDER BY next_due LIMIT 1")
                .map { Instant(secondsSinceEpoch: $0) }
        }
    }

    /// How many escalations were detected at or after `since`.
    public func escalationCount(detectedSince since: Instant) throws(StoreError) -> Int {
        try storeOperation {
            try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM escalations WHERE detected_at >= ?", arguments: [since.secondsSinceEpoch]) ?? 0
        }
    }
}
