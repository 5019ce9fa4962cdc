import CaseWatchCore
import CaseWatchStore

// Not yet on PostgreSQL: each of these calls says so. Replaced, file by file, by the real OrganizationWriting.
extension PostgresStoreWriter: OrganizationWriting {
    func upsertUnits(_ units: [OrgUnit]) throws(StoreError) {
        throw .postgres("\(#function) is not yet implemented on PostgreSQL")
    }

    func replaceLeaders(_ leaders: [Leader]) throws(StoreError) {
        throw .postgres("\(#function) is not yet implemented on PostgreSQL")
    }
}
