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
        let (cursor, firstDispatch) = try storeOperation {
            let statement = try db.cachedStatement(sql: """
                SELECT \(FirstDispatchWalk.selection)
                FROM case_events e INDEXED BY case_events_dispatched_at
                JOIN projections p ON p.case_id = e.case_id
                WHERE e.type = 'dispatched' AND e.at >= ? AND e.at < ?
                """)
            let firstDispatch = try db.cachedStatement(sql: """
                SELECT MIN(at) FROM case_events WHERE case_id = ? AND type = 'dispatched'
                """)
            return (try Row.fetchCursor(statement, arguments: [from.secondsSinceEpoch, before.secondsSinceEpoch]), firstDispatch)
        }
        return try FirstDispatchWalk.walk(
            from: from,
            rows: { () throws(StoreError) in try storeOperation { try cursor.next() } },
            firstDispatch: { (caseID) throws(StoreError) in try storeOperation { try Int64.fetchOne(firstDispatch, arguments: [caseID]) } },
            lastSeq: { () throws(StoreError) in try storeOperation { try Int64.fetchOne(db, sql: "SELECT MAX(seq) FROM case_events") } },
            body
        )
    }

    /// Escalations detected in `[from, asOf]`, in detection order, as assessment counts them as of `asOf`.
    public func assessmentEscalations(detectedFrom from: Instant, through asOf: Instant) throws(StoreError) -> [AssessmentEscalation] {
        let rows = try storeOperation {
            try Row.fetchCursor(
                db, sql: AssessmentEscalation.storedQuery(asOf: "?1", from: "?2", escalations: "escalations e INDEXED BY escalations_by_detected"),
                arguments: [asOf.secondsSinceEpoch, from.secondsSinceEpoch]
            )
        }
        var escalations: [AssessmentEscalation] = []
        while let row = try storeOperation({ try rows.next() }) {
            escalations.append(try AssessmentEscalation(stored: row))
        }
        return escalations
    }

    /// The ledger lines of `escalationIDs` written by `asOf`, in the order they were written.
    public func ledgerLines(ofEscalations escalationIDs: [Int64], through asOf: Instant) throws(StoreError) -> [LedgerLine] {
        var lines: [LedgerLine] = []
        let statement = try storeOperation {
            try db.cachedStatement(sql: "SELECT \(LedgerLine.storedColumns) FROM ledger WHERE escalation_id = ? AND at <= ? ORDER BY id")
        }
        for escalationID in escalationIDs {
            for row in try storeOperation({ try Row.fetchAll(statement, arguments: [escalationID, asOf.secondsSinceEpoch]) }) {
                lines.append(try LedgerLine(stored: row))
            }
        }
        return lines.sorted { $0.id < $1.id }
    }
}
