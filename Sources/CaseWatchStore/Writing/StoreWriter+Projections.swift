import CaseWatchCore
import GRDB

extension StoreWriter {
    /// Stores a case's projection and the next step to schedule (nil: none), replacing what was stored.
    ///
    /// Throws ``StoreError/unknownCase(_:)`` when the case is not registered.
    public func saveProjection(_ projection: CaseProjection, nextStep: PendingStep?) throws(StoreError) {
        let state = projectionJSON.encode(projection)
        do {
            try db.cachedStatement(sql: ProjectionRow.upsertSQL)
                .execute(arguments: ProjectionRow.arguments(projection, nextStep: nextStep, state: state))
        } catch let error as DatabaseError where error.isForeignKeyViolation {
            throw .unknownCase(projection.caseID)
        } catch {
            throw StoreError(wrapping: error)
        }
    }
}
