import CaseWatchCore
import CaseWatchStore

extension PostgresStoreWriter: CaseWriting {
    /// Stores a case's projection and the next step to schedule (nil: none), replacing what was stored.
    ///
    /// Throws ``StoreError/unknownCase(_:)`` when the case is not registered. One upsert and no savepoint,
    /// as intake and supervision run it once per case: it writes only when the case is registered (checked
    /// in the statement: writes are serialized), so no foreign key fails and aborts the transaction.
    func saveProjection(_ projection: CaseProjection, nextStep: PendingStep?) throws(StoreError) {
        var values = PostgresParameters()
        ProjectionColumns.values(of: projection, nextStep: nextStep, into: &values)
        values.text(ProjectionJSON.encode(projection))
        guard try session.execute(Self.upsertProjection, values.values) == 1 else {
            throw .unknownCase(projection.caseID)
        }
    }

    /// The upsert of a registered case's projection (`$1` is its case id).
    private static let upsertProjection = ProjectionColumns.upsert(from: """
        SELECT \(PostgresParameters.placeholders(ProjectionColumns.names.count)) WHERE EXISTS (SELECT 1 FROM cases WHERE id = $1)
        """)
}
