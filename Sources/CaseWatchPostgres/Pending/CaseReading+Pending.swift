import CaseWatchCore
import CaseWatchStore

// Not yet on PostgreSQL: each of these calls says so. Replaced, file by file, by the real CaseReading.
extension PostgresStoreReader: CaseReading {
    func cases(
        after caseID: CaseID?, matching filter: CaseFilter, limit: Int
    ) throws(StoreError) -> [(projection: CaseProjection, next: PendingStep?)] {
        throw .postgres("\(#function) is not yet implemented on PostgreSQL")
    }

    func openProjections(after caseID: CaseID?, limit: Int) throws(StoreError) -> [CaseProjection] {
        throw .postgres("\(#function) is not yet implemented on PostgreSQL")
    }

    func projection(of caseID: CaseID) throws(StoreError) -> CaseProjection? {
        throw .postgres("\(#function) is not yet implemented on PostgreSQL")
    }

    func openCaseCount() throws(StoreError) -> Int {
        throw .postgres("\(#function) is not yet implemented on PostgreSQL")
    }

    func projections(status: CaseStatus?, unit: UnitID?) throws(StoreError) -> [CaseProjection] {
        throw .postgres("\(#function) is not yet implemented on PostgreSQL")
    }

    func storedNextStep(of caseID: CaseID) throws(StoreError) -> PendingStep? {
        throw .postgres("\(#function) is not yet implemented on PostgreSQL")
    }

    func projectionAndNextStep(of caseID: CaseID) throws(StoreError) -> (CaseProjection, PendingStep?)? {
        throw .postgres("\(#function) is not yet implemented on PostgreSQL")
    }

    func caseIDs() throws(StoreError) -> [CaseID] {
        throw .postgres("\(#function) is not yet implemented on PostgreSQL")
    }
}
