import CaseWatchCore
import GRDB

extension SQLiteStoreWriter {
    /// Stores a case's projection and the next step to schedule (nil: none), replacing what was stored.
    ///
    /// Throws ``StoreError/unknownCase(_:)`` when the case is not registered.
    public func saveProjection(_ projection: CaseProjection, nextStep: PendingStep?) throws(StoreError) {
        let state = ProjectionJSON.utf8(projection)
        do {
            try statements.execute(.upsertProjection) { ProjectionRow.bind(projection, nextStep: nextStep, state: state, to: &$0) }
        } catch let error as DatabaseError where error.isForeignKeyViolation {
            throw .unknownCase(projection.caseID)
        } catch {
            throw StoreError(wrapping: error)
        }
    }
}
