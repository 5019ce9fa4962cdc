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

    /// Stores each projection with its next step, as ``saveProjection(_:nextStep:)`` does (the last given for
    /// a case wins); throws ``StoreError/unknownCase(_:)`` for the first case not registered.
    ///
    /// The projections of cases that have none yet (those intake registers) are streamed with COPY, in a
    /// savepoint; the others, or all when the server refuses a row, go in one upsert.
    func saveProjections(_ projections: [(CaseProjection, nextStep: PendingStep?)]) throws(StoreError) {
        var last: [CaseID: Int] = [:]
        for (index, item) in projections.enumerated() { last[item.0.caseID] = index }
        guard !last.isEmpty else { return }
        let latest = projections.enumerated().filter { last[$0.element.0.caseID] == $0.offset }.map(\.element)
        let stored = Set(try session.rows("""
            SELECT p.case_id FROM unnest($1::text[]) AS i(id)
            CROSS JOIN LATERAL (SELECT case_id FROM projections WHERE case_id = i.id OFFSET 0) p
            """, [latest.map(\.0.caseID.rawValue)]).map { row throws(StoreError) in try row.text(0) })
        let new = latest.filter { !stored.contains($0.0.caseID.rawValue) }
        if try copied(new) {
            try upsert(latest.filter { stored.contains($0.0.caseID.rawValue) })
        } else {
            try upsert(latest)
        }
    }

    /// Streams `projections` (of cases with none stored) into the table with COPY in a savepoint; false, with
    /// nothing written, when the server refuses a row.
    private func copied(_ projections: [(CaseProjection, nextStep: PendingStep?)]) throws(StoreError) -> Bool {
        guard !projections.isEmpty else { return true }
        var rows = PostgresCopyText(columns: ProjectionColumns.names.count, capacity: projections.count * 800)
        for (projection, next) in projections {
            rows.startRow()
            ProjectionColumns.values(of: projection, nextStep: next, into: &rows)
            rows.text(ProjectionJSON.encode(projection))
        }
        return try session.attemptInSavepoint { () throws(PostgresFailure) in
            try session.copy(rows, into: "projections", columns: ProjectionColumns.names)
        }
    }

    /// Upserts `projections` (one per case) in one statement; throws ``StoreError/unknownCase(_:)`` for the
    /// first case not registered.
    private func upsert(_ projections: [(CaseProjection, nextStep: PendingStep?)]) throws(StoreError) {
        guard !projections.isEmpty else { return }
        var records = JSONRecords(names: ProjectionColumns.names)
        for (projection, next) in projections {
            records.startRow()
            ProjectionColumns.values(of: projection, nextStep: next, into: &records)
            records.text(ProjectionJSON.encode(projection))
        }
        let saved = try session.rows(Self.upsertProjections, [records.json()]).map { row throws(StoreError) in try row.text(0) }
        guard saved.count != projections.count else { return }
        let stored = Set(saved)
        guard let unknown = projections.first(where: { !stored.contains($0.0.caseID.rawValue) }) else {
            throw .postgres("the bulk upsert of projections saved \(saved.count) of \(projections.count)")
        }
        throw .unknownCase(unknown.0.caseID)
    }

    /// The upsert of the projections in `$1` (a JSON array of ``ProjectionColumns/names`` objects) whose cases
    /// are registered; selects their case ids.
    private static let upsertProjections = ProjectionColumns.upsert(from: """
        SELECT \(ProjectionColumns.names.map { "b." + $0 }.joined(separator: ", "))
        FROM json_populate_recordset(NULL::projections, $1::json) AS b WHERE EXISTS (SELECT 1 FROM cases WHERE id = b.case_id)
        """) + "\nRETURNING case_id"
}
