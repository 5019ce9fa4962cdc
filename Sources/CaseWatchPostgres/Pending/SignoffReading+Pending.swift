import CaseWatchCore
import CaseWatchStore

// Not yet on PostgreSQL: each of these calls says so. Replaced, file by file, by the real SignoffReading.
extension PostgresStoreReader: SignoffReading {
    func signoffPage(statuses: Set<SignoffStatus>?, afterID: Int64, limit: Int) throws(StoreError) -> [Signoff] {
        throw .postgres("\(#function) is not yet implemented on PostgreSQL")
    }

    func signoff(id: Int64) throws(StoreError) -> Signoff? {
        throw .postgres("\(#function) is not yet implemented on PostgreSQL")
    }

    func signoffs(statuses: Set<SignoffStatus>?, level: String?, caseID: CaseID?) throws(StoreError) -> [Signoff] {
        throw .postgres("\(#function) is not yet implemented on PostgreSQL")
    }

    func expiredSignoffs(at instant: Instant) throws(StoreError) -> [Signoff] {
        throw .postgres("\(#function) is not yet implemented on PostgreSQL")
    }

    func earliestPendingSignoffDue(levels: [String]) throws(StoreError) -> Instant? {
        throw .postgres("\(#function) is not yet implemented on PostgreSQL")
    }
}
