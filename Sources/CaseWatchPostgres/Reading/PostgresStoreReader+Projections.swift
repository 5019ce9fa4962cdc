import CaseWatchCore
import CaseWatchStore

extension PostgresStoreReader: CaseReading {
    /// The stored projection of a case, nil when none is stored.
    func projection(of caseID: CaseID) throws(StoreError) -> CaseProjection? {
        guard let row = try session.row("SELECT state FROM projections WHERE case_id = $1", [caseID.rawValue]) else { return nil }
        return try ProjectionJSON.decode(try row.text(0), of: caseID.rawValue)
    }

    /// How many cases are open (any status but closed).
    func openCaseCount() throws(StoreError) -> Int {
        try session.row("SELECT COUNT(*) FROM projections WHERE status <> 'closed'")?.count(0) ?? 0
    }

    /// The stored projections with the given status and/or current unit (nil: any), by case id.
    func projections(status: CaseStatus?, unit: UnitID?) throws(StoreError) -> [CaseProjection] {
        try projections(in: session.rows("""
            SELECT case_id, state FROM projections
            WHERE ($1::text IS NULL OR status = $1) AND ($2::text IS NULL OR unit_id = $2) ORDER BY case_id
            """, [status?.rawValue, unit?.rawValue]))
    }

    /// The projections in rows of `case_id, state`.
    func projections(in rows: [PostgresColumns]) throws(StoreError) -> [CaseProjection] {
        try rows.map { row throws(StoreError) in try ProjectionColumns.projection(row, from: 0) }
    }

    /// The next step stored with a case's projection by ``StoreWriter/saveProjection(_:nextStep:)``, nil
    /// when none was (or no projection is stored).
    func storedNextStep(of caseID: CaseID) throws(StoreError) -> PendingStep? {
        guard let row = try session.row(
            "SELECT \(ProjectionColumns.nextStepSelection) FROM projections WHERE case_id = $1", [caseID.rawValue]
        ) else { return nil }
        return try ProjectionColumns.nextStep(row, from: 0, of: caseID)
    }

    /// A case's stored projection and the next step stored with it, in one read; nil when none is stored.
    func projectionAndNextStep(of caseID: CaseID) throws(StoreError) -> (CaseProjection, PendingStep?)? {
        guard let row = try session.row(
            "SELECT state, \(ProjectionColumns.nextStepSelection) FROM projections WHERE case_id = $1", [caseID.rawValue]
        ) else { return nil }
        return (try ProjectionJSON.decode(try row.text(0), of: caseID.rawValue), try ProjectionColumns.nextStep(row, from: 1, of: caseID))
    }

    /// ``projectionAndNextStep(of:)`` of each case in `caseIDs` that has a projection, in one read.
    func projectionsAndNextSteps(of caseIDs: [CaseID]) throws(StoreError) -> [CaseID: (CaseProjection, PendingStep?)] {
        guard !caseIDs.isEmpty else { return [:] }
        var found: [CaseID: (CaseProjection, PendingStep?)] = [:]
        for row in try session.rows(
            // One index probe per id (see ``storedEventIDs(among:)``).
            """
            SELECT p.* FROM unnest($1::text[]) AS i(id) CROSS JOIN LATERAL (
                SELECT case_id, state, \(ProjectionColumns.nextStepSelection) FROM projections WHERE case_id = i.id OFFSET 0
            ) p
            """,
            [caseIDs.map(\.rawValue)]
        ) {
            let caseID = CaseID(try row.text(0))
            found[caseID] = (try ProjectionJSON.decode(try row.text(1), of: caseID.rawValue), try ProjectionColumns.nextStep(row, from: 2, of: caseID))
        }
        return found
    }

    /// Every registered case's id, in id order.
    func caseIDs() throws(StoreError) -> [CaseID] {
        try session.rows("SELECT id FROM cases ORDER BY id").map { row throws(StoreError) in CaseID(try row.text(0)) }
    }
}
