import CaseWatchCore
import CaseWatchStore

// Not yet on PostgreSQL: each of these calls says so. Replaced, file by file, by the real OrganizationReading.
extension PostgresStoreReader: OrganizationReading {
    func unit(_ id: UnitID) throws(StoreError) -> OrgUnit? {
        throw .postgres("\(#function) is not yet implemented on PostgreSQL")
    }

    func units() throws(StoreError) -> [OrgUnit] {
        throw .postgres("\(#function) is not yet implemented on PostgreSQL")
    }

    func leaders() throws(StoreError) -> [Leader] {
        throw .postgres("\(#function) is not yet implemented on PostgreSQL")
    }

    func lineage(of unit: UnitID) throws(StoreError) -> [UnitID] {
        throw .postgres("\(#function) is not yet implemented on PostgreSQL")
    }
}
