import CaseWatchCore
import CaseWatchStore

extension PostgresStoreReader: EscalationReading {
    /// The tiers already escalated for a case in a resolution cycle.
    func firedTiers(of caseID: CaseID, cycle: Int) throws(StoreError) -> Set<TierName> {
        let names = try session.rows("SELECT tier FROM escalations WHERE case_id = $1 AND cycle = $2", [caseID.rawValue, cycle])
            .map { row throws(StoreError) in try row.text(0) }
        return try EscalationColumns.tiers(names, of: caseID, cycle: cycle)
    }

    /// ``firedTiers(of:cycle:)`` of each case in `cycles` in the cycle given, in one read.
    func firedTiers(of cycles: [CaseID: Int]) throws(StoreError) -> [CaseID: Set<TierName>] {
        guard !cycles.isEmpty else { return [:] }
        let keys = Array(cycles)
        var names: [CaseID: [String]] = [:]
        for row in try session.rows("""
            SELECT e.case_id, e.tier FROM unnest($1::text[], $2::bigint[]) AS k(case_id, cycle)
            CROSS JOIN LATERAL (SELECT case_id, tier FROM escalations WHERE case_id = k.case_id AND cycle = k.cycle OFFSET 0) e
            """, [keys.map(\.key.rawValue), keys.map { Int64($0.value) }]) {
            names[CaseID(try row.text(0)), default: []].append(try row.text(1))
        }
        var fired: [CaseID: Set<TierName>] = [:]
        for (caseID, tiers) in names { fired[caseID] = try EscalationColumns.tiers(tiers, of: caseID, cycle: cycles[caseID]!) }
        return fired
    }

    /// Escalations in detection order, filtered by case, tier, unit and detection time; a sign-off tier's
    /// with its current sign-off (the last one, after any passed up a level).
    func escalations(
        caseID: CaseID?, tier: TierName?, unit: UnitID?, since: Instant?) throws(StoreError) -> [StoredEscalation] {
        try escalations("""
            WHERE ($1::text IS NULL OR e.case_id = $1) AND ($2::text IS NULL OR e.tier = $2)
                AND ($3::text IS NULL OR e.unit_id = $3) AND ($4::bigint IS NULL OR e.detected_at >= $4)
            ORDER BY e.detected_at, e.due_at, e.id
            """, [caseID?.rawValue, tier?.rawValue, unit?.rawValue, since?.secondsSinceEpoch])
    }

    /// The escalations of ``EscalationColumns/select`` filtered and ordered by `clause` (on aliases `e` and `s`).
    func escalations(_ clause: String, _ values: [any PostgresBindable]) throws(StoreError) -> [StoredEscalation] {
        try session.rows("\(EscalationColumns.select) \(clause)", values)
            .map { row throws(StoreError) in try EscalationColumns.storedEscalation(row) }
    }

    /// Every case's stored next step, earliest due first (ties by case id), for filling the timer wheel.
    ///
    /// A page at a time in the `(next_due, case_id)` index's order, all from the read's one snapshot: the
    /// server's rows for a million cases are never held at once beside the steps kept.
    func pendingSteps() throws(StoreError) -> [(caseID: CaseID, due: Instant)] {
        let rows = PostgresPagedRows { [session] (last) throws(StoreError) in
            try session.rows("""
                SELECT case_id, next_due FROM projections WHERE next_due IS NOT NULL AND (next_due, case_id) > ($1, $2)
                ORDER BY next_due, case_id LIMIT $3
                """, [try last?.int(1) ?? Int64.min, try last?.text(0) ?? "", PostgresPagedRows.pageSize])
        }
        var steps: [(caseID: CaseID, due: Instant)] = []
        while let row = try rows.next() {
            steps.append((CaseID(try row.text(0)), try row.instant(1)))
        }
        return steps
    }

    /// How many cases have a next step, and the earliest one's due instant.
    func pendingStepSummary() throws(StoreError) -> (count: Int, earliest: Instant?) {
        guard let row = try session.row("SELECT COUNT(*), MIN(next_due) FROM projections WHERE next_due IS NOT NULL") else {
            return (0, nil)
        }
        return (try row.count(0), try row.optionalInstant(1))
    }

    /// The earliest stored next step's due instant (one seek in the `(next_due, case_id)` index), nil when
    /// no case has one.
    func earliestPendingStep() throws(StoreError) -> Instant? {
        try session.row("SELECT next_due FROM projections WHERE next_due IS NOT NULL ORDER BY next_due LIMIT 1")?.instant(0)
    }

    /// How many escalations were detected at or after `since`.
    func escalationCount(detectedSince since: Instant) throws(StoreError) -> Int {
        try session.row("SELECT COUNT(*) FROM escalations WHERE detected_at >= $1", [since.secondsSinceEpoch])?.count(0) ?? 0
    }
}
