import CaseWatchCore
import GRDB

extension SQLiteStoreReader {
    /// Calls `body` with every case first dispatched in `[from, before)`, in dispatch order, and returns
    /// the event-log range the figures rest on: from the first of those `dispatched` events to the latest
    /// event stored (nil when there is no such case).
    ///
    /// A range scan of the partial index of `dispatched` events by instant, joined to each case's assessed
    /// projection columns (``AssessedColumns``); a case dispatched again in the range after an earlier
    /// dispatch (re-dispatched after a return) belongs to the earlier period and is left out.
    public func forEachCaseDispatched(
        from: Instant, before: Instant, _ body: (AssessedCase) -> Void
    ) throws(StoreError) -> ClosedRange<Int64>? {
        try storeOperation { () throws -> ClosedRange<Int64>? in
            let statement = try db.cachedStatement(sql: """
                SELECT e.case_id, e.at, e.seq, p.cycle, \(AssessedColumns.selection)
                FROM case_events e INDEXED BY case_events_dispatched_at
                JOIN projections p ON p.case_id = e.case_id
                WHERE e.type = 'dispatched' AND e.at >= ? AND e.at < ?
                """)
            let firstDispatch = try db.cachedStatement(sql: """
                SELECT MIN(at) FROM case_events WHERE case_id = ? AND type = 'dispatched'
                """)
            var firstSeq: Int64?
            var seen: Set<String> = []
            let cursor = try Row.fetchCursor(statement, arguments: [from.secondsSinceEpoch, before.secondsSinceEpoch])
            while let row = try cursor.next() {
                let caseID: String = row[0]
                let at: Int64 = row[1]
                let cycle: Int = row[3]
                // A case in its first cycle was dispatched once; later cycles may have an earlier dispatch.
                if cycle > 1 {
                    guard seen.insert(caseID).inserted else { continue }
                    let first = try Int64.fetchOne(firstDispatch, arguments: [caseID]) ?? at
                    guard first >= from.secondsSinceEpoch else { continue }
                }
                let seq: Int64 = row[2]
                firstSeq = min(firstSeq ?? seq, seq)
                body(try AssessedColumns.assessedCase(caseID, from: row, at: 4, dispatchedAt: Instant(secondsSinceEpoch: at)))
            }
            guard let firstSeq else { return nil }
            let last = try Int64.fetchOne(db, sql: "SELECT MAX(seq) FROM case_events") ?? firstSeq
            return firstSeq...last
        }
    }

    /// Escalations detected in `[from, asOf]`, in detection order, as assessment counts them as of `asOf`.
    public func assessmentEscalations(detectedFrom from: Instant, through asOf: Instant) throws(StoreError) -> [AssessmentEscalation] {
        try storeOperation {
            let rows = try Row.fetchCursor(db, sql: """
                SELECT e.id, e.case_id, e.cycle, e.tier, e.unit_id, e.due_at, e.detected_at, e.points_hundredths,
                       EXISTS (SELECT 1 FROM signoffs s WHERE s.escalation_id = e.id),
                       EXISTS (SELECT 1 FROM signoffs s WHERE s.escalation_id = e.id AND s.status = 'rejected' AND s.decided_at <= ?1),
                       (SELECT COUNT(*) FROM ledger l WHERE l.escalation_id = e.id AND l.kind = 'signoff_escalated' AND l.at <= ?1)
                FROM escalations e INDEXED BY escalations_by_detected
                WHERE e.detected_at >= ?2 AND e.detected_at <= ?1 ORDER BY e.detected_at, e.id
                """, arguments: [asOf.secondsSinceEpoch, from.secondsSinceEpoch])
            var escalations: [AssessmentEscalation] = []
            while let row = try rows.next() {
                let tierName: String = row[3]
                guard let tier = TierName(rawValue: tierName) else {
                    throw StoreError.corrupt("escalation \(row[0] as Int64): tier '\(tierName)' is unknown")
                }
                escalations.append(AssessmentEscalation(
                    id: row[0], caseID: CaseID(row[1] as String), cycle: row[2], tier: tier, unit: UnitID(row[4] as String),
                    dueAt: Instant(secondsSinceEpoch: row[5]), detectedAt: Instant(secondsSinceEpoch: row[6]),
                    points: AssessmentPoints(hundredths: row[7]), hasSignoff: row[8], rejected: row[9], passedUp: row[10]
                ))
            }
            return escalations
        }
    }

    /// The ledger lines of `escalationIDs` written by `asOf`, in the order they were written.
    public func ledgerLines(ofEscalations escalationIDs: [Int64], through asOf: Instant) throws(StoreError) -> [LedgerLine] {
        try storeOperation {
            var lines: [LedgerLine] = []
            let statement = try db.cachedStatement(sql: """
                SELECT id, unit_id, case_id, escalation_id, kind, points_hundredths, at, reverses_id FROM ledger
                WHERE escalation_id = ? AND at <= ? ORDER BY id
                """)
            for escalationID in escalationIDs {
                for row in try Row.fetchAll(statement, arguments: [escalationID, asOf.secondsSinceEpoch]) {
                    lines.append(LedgerLine(
                        id: row[0], unit: UnitID(row[1] as String), caseID: (row[2] as String?).map { CaseID($0) }, escalationID: row[3],
                        kind: row[4], points: AssessmentPoints(hundredths: row[5]), at: Instant(secondsSinceEpoch: row[6]), reverses: row[7]
                    ))
                }
            }
            return lines.sorted { $0.id < $1.id }
        }
    }
}
