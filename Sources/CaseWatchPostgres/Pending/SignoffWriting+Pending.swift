import CaseWatchCore
import CaseWatchStore

// Not yet on PostgreSQL: each of these calls says so. Replaced, file by file, by the real SignoffWriting.
extension PostgresStoreWriter: SignoffWriting {
    func decideSignoff(
        _ id: Int64, as status: SignoffStatus, by leader: String, at: Instant, instruction: String?, reason: String?,
        orderCaseID: CaseID?) throws(StoreError) -> Bool {
        throw .postgres("\(#function) is not yet implemented on PostgreSQL")
    }

    func resubmitSignoff(_ id: Int64, at: Instant) throws(StoreError) -> Bool {
        throw .postgres("\(#function) is not yet implemented on PostgreSQL")
    }

    func escalateSignoff(_ signoff: Signoff, to level: String, due: Instant, at: Instant) throws(StoreError) -> Int64? {
        throw .postgres("\(#function) is not yet implemented on PostgreSQL")
    }

    @discardableResult
    func reverseEscalationPoints(_ escalationID: Int64, at: Instant) throws(StoreError) -> AssessmentPoints {
        throw .postgres("\(#function) is not yet implemented on PostgreSQL")
    }
}
