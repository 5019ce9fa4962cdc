import CaseWatchCore
import CaseWatchStore

extension PostgresStoreReader: AssessmentReading {
    /// Calls `body` with every case first dispatched in `[from, before)`, in dispatch order, and returns
    /// the event-log range the figures rest on: from the first of those `dispatched` events to the latest
    /// event stored (nil when there is no such case).
    ///
    /// A range scan of the partial index of `dispatched` events by instant, a page at a time, joined to each
    /// case's assessed projection columns (``AssessedColumns``); a case dispatched again in the range after
    /// an earlier dispatch (re-dispatched after a return) belongs to the earlier period and is left out.
    func forEachCaseDispatched(
        from: Instant, before: Instant, _ body: (AssessedCase) -> Void
    ) throws(StoreError) -> ClosedRange<Int64>? {
        let period: [any PostgresBindable] = [from.secondsSinceEpoch, before.secondsSinceEpoch, PostgresPagedRows.pageSize]
        let rows = PostgresPagedRows { [session] (last) throws(StoreError) in
            guard let last else { return try session.rows(Self.dispatchedPage(afterKey: ""), period) }
            // Dispatch order is the index's, (instant, case), then the log's: the key of the last row read.
            return try session.rows(
                Self.dispatchedPage(afterKey: "AND (e.at, e.case_id, e.seq) > ($4, $5, $6)"),
                period + [try last.int(1), try last.text(0), try last.int(2)]
            )
        }
        return try FirstDispatchWalk.walk(
            from: from,
            rows: rows.next,
            firstDispatch: { (caseID) throws(StoreError) in
                try session.row("SELECT MIN(at) FROM case_events WHERE case_id = $1 AND type = 'dispatched'", [caseID])?.optionalInt(0)
            },
            lastSeq: { () throws(StoreError) in try session.row("SELECT MAX(seq) FROM case_events")?.optionalInt(0) },
            body
        )
    }

    /// A page of the `dispatched` events in `[$1, $2)` (at most `$3`), joined to their projections, in
    /// dispatch order; `afterKey` limits it to the rows after the last one read.
    private static func dispatchedPage(afterKey: String) -> String {
        """
        SELECT \(FirstDispatchWalk.selection)
        FROM case_events e JOIN projections p ON p.case_id = e.case_id
        WHERE e.type = 'dispatched' AND e.at >= $1 AND e.at < $2 \(afterKey)
        ORDER BY e.at, e.case_id, e.seq LIMIT $3
        """
    }

    /// Escalations detected in `[from, asOf]`, in detection order, as assessment counts them as of `asOf`.
    func assessmentEscalations(detectedFrom from: Instant, through asOf: Instant) throws(StoreError) -> [AssessmentEscalation] {
        try session.rows(
            AssessmentEscalation.storedQuery(asOf: "$1", from: "$2", escalations: "escalations e"), [asOf.secondsSinceEpoch, from.secondsSinceEpoch]
        ).map(AssessmentEscalation.init(stored:))
    }

    /// The ledger lines of `escalationIDs` written by `asOf`, in the order they were written.
    func ledgerLines(ofEscalations escalationIDs: [Int64], through asOf: Instant) throws(StoreError) -> [LedgerLine] {
        try session.rows(
            "SELECT \(LedgerLine.storedColumns) FROM ledger WHERE escalation_id = ANY($1) AND at <= $2 ORDER BY id",
            [escalationIDs, asOf.secondsSinceEpoch]
        ).map(LedgerLine.init(stored:))
    }
}
