import CaseWatchCore

/// The upsert of one projection on SQLite's hot path (``HotStatements``), its parameters given by
/// ``ProjectionColumns/values(of:nextStep:into:)`` and the projection's JSON.
enum ProjectionRow {
    /// The upsert of one row (29 parameters, in ``ProjectionColumns/names`` order).
    static let upsertSQL = ProjectionColumns.upsert(
        from: "VALUES (\(ProjectionColumns.names.map { _ in "?" }.joined(separator: ", ")))"
    )

    /// Binds the parameters of ``upsertSQL``: `state` (the projection's JSON) as its UTF-8 bytes, with no String made of them.
    static func bind(_ projection: CaseProjection, nextStep: PendingStep?, state: [UInt8], to binder: inout ParameterBinder) {
        ProjectionColumns.values(of: projection, nextStep: nextStep, into: &binder)
        binder.text(utf8: state)
    }
}
