import CaseWatchCore

/// The cases first dispatched in a period, as ``AssessmentReading/forEachCaseDispatched(from:before:_:)``
/// reports them: one walk over the `dispatched` events of the period that both backends feed their rows to.
package enum FirstDispatchWalk {
    /// What each row holds, for a `SELECT` over `case_events` aliased `e` joined to `projections` aliased
    /// `p`, in the order ``walk(from:rows:firstDispatch:lastSeq:_:)`` reads it.
    package static let selection = "e.case_id, e.at, e.seq, p.cycle, \(AssessedColumns.selection)"

    /// Calls `body` with the case of each row that `nextRow` gives (the period's `dispatched` events in
    /// dispatch order, nil after the last) whose first dispatch falls in the period, and returns the
    /// event-log range from the first of those events to `lastSeq()` (nil when there is none).
    ///
    /// `firstDispatch` gives a case's earliest `dispatched` instant: a case re-dispatched after a return
    /// belongs to the period of its first dispatch, and is reported once.
    package static func walk<Row: StoredRow>(
        from: Instant,
        rows nextRow: () throws(StoreError) -> Row?,
        firstDispatch: (_ caseID: String) throws(StoreError) -> Int64?,
        lastSeq: () throws(StoreError) -> Int64?,
        _ body: (AssessedCase) -> Void
    ) throws(StoreError) -> ClosedRange<Int64>? {
        var firstSeq: Int64?
        var seen: Set<String> = []
        while let row = try nextRow() {
            let caseID = try row.text(0)
            let at = try row.int(1)
            // A case in its first cycle was dispatched once; later cycles may have an earlier dispatch.
            if try row.int(3) > 1 {
                guard seen.insert(caseID).inserted else { continue }
                let first = try firstDispatch(caseID) ?? at
                guard first >= from.secondsSinceEpoch else { continue }
            }
            let seq = try row.int(2)
            firstSeq = min(firstSeq ?? seq, seq)
            body(try AssessedColumns.assessedCase(caseID, from: row, at: 4, dispatchedAt: Instant(secondsSinceEpoch: at)))
        }
        guard let firstSeq else { return nil }
        return firstSeq...(try lastSeq() ?? firstSeq)
    }
}
