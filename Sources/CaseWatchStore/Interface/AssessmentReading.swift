import CaseWatchCore

/// Reads what the unit assessment is computed from: the part of ``StoreReader`` that each backend implements in its own SQL.
public protocol AssessmentReading {
    /// Calls `body` with every case first dispatched in `[from, before)`, in dispatch order, and returns
    /// the event-log range the figures rest on: from the first of those `dispatched` events to the latest
    /// event stored (nil when there is no such case).
    ///
    /// A range scan of the partial index of `dispatched` events by instant, joined to each case's assessed
    /// projection columns (``AssessedColumns``); a case dispatched again in the range after an earlier
    /// dispatch (re-dispatched after a return) belongs to the earlier period and is left out.
    func forEachCaseDispatched(
        from: Instant, before: Instant, _ body: (AssessedCase) -> Void
    ) throws(StoreError) -> ClosedRange<Int64>?

    /// Escalations detected in `[from, asOf]`, in detection order, as assessment counts them as of `asOf`.
    func assessmentEscalations(detectedFrom from: Instant, through asOf: Instant) throws(StoreError) -> [AssessmentEscalation]

    /// The ledger lines of `escalationIDs` written by `asOf`, in the order they were written.
    func ledgerLines(ofEscalations escalationIDs: [Int64], through asOf: Instant) throws(StoreError) -> [LedgerLine]
}
