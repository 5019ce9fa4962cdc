import CaseWatchCore
import CaseWatchStore

// Not yet on PostgreSQL: each of these calls says so. Replaced, file by file, by the real AssessmentReading.
extension PostgresStoreReader: AssessmentReading {
    func forEachCaseDispatched(
        from: Instant, before: Instant, _ body: (AssessedCase) -> Void
    ) throws(StoreError) -> ClosedRange<Int64>? {
        throw .postgres("\(#function) is not yet implemented on PostgreSQL")
    }

    func assessmentEscalations(detectedFrom from: Instant, through asOf: Instant) throws(StoreError) -> [AssessmentEscalation] {
        throw .postgres("\(#function) is not yet implemented on PostgreSQL")
    }

    func ledgerLines(ofEscalations escalationIDs: [Int64], through asOf: Instant) throws(StoreError) -> [LedgerLine] {
        throw .postgres("\(#function) is not yet implemented on PostgreSQL")
    }
}
