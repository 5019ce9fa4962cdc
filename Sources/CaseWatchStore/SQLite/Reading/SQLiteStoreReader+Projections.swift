import CaseWatchCore
import GRDB

extension SQLiteStoreReader {
    /// The stored projection of a case, nil when none is stored.
    public func projection(of caseID: CaseID) throws(StoreError) -> CaseProjection? {
        let json = try storeOperation {
            try String.fetchOne(
                db.cachedStatement(sql: "SELECT state FROM projections WHERE case_id = ?"), arguments: [caseID.rawValue]
            )
        }
        return try json.map { (json) throws(StoreError) in try ProjectionJSON.decode(json, of: caseID.rawValue) }
    }

    /// How many cases are open (any status but closed).
    public func openCaseCount() throws(StoreError) -> Int {
        try storeOperation { try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM projections WHERE status <> 'closed'") ?? 0 }
    }

    /// The stored projections with the given status and/or current unit (nil: any), by case id.
    public func projections(status: CaseStatus?, unit: UnitID?) throws(StoreError) -> [CaseProjection] {
        var conditions: [String] = []
        var arguments: StatementArguments = []
        if let status {
            conditions.append("status = ?")
            arguments += [status.rawValue]
        }
        if let unit {
            conditions.append("unit_id = ?")
            arguments += [unit.rawValue]
        }
        let filter = conditions.isEmpty ? "" : " WHERE " + conditions.joined(separator: " AND ")
        let rows = try storeOperation {
            try Row.fetchAll(
                db.cachedStatement(sql: "SELECT case_id, state FROM projections\(filter) ORDER BY case_id"),
                arguments: arguments
            )
        }
        return try Self.decodeProjections(rows)
    }

    /// The projections in rows of `case_id, state`.
    static func decodeProjections(_ rows: [Row]) throws(StoreError) -> [CaseProjection] {
        try rows.map { row throws(StoreError) in try ProjectionColumns.projection(row, from: 0) }
    }

    /// The next step stored with a case's projection by ``StoreWriter/saveProjection(_:nextStep:)``, nil
    /// when none was (or no projection is stored).
    public func storedNextStep(of caseID: CaseID) throws(StoreError) -> PendingStep? {
        let row = try storeOperation {
            try Row.fetchOne(
                db.cachedStatement(sql: "SELECT \(ProjectionColumns.nextStepSelection) FROM projections WHERE case_id = ?"),
                arguments: [caseID.rawValue]
            )
        }
        return try row.flatMap { (row) throws(StoreError) in try ProjectionColumns.nextStep(row, from: 0, of: caseID) }
    }

    /// A case's stored projection and the next step stored with it, in one read; nil when none is stored.
    public func projectionAndNextStep(of caseID: CaseID) throws(StoreError) -> (CaseProjection, PendingStep?)? {
        let row = try storeOperation {
            try Row.fetchOne(
                db.cachedStatement(sql: """
                    SELECT state, \(ProjectionColumns.nextStepSelection) FROM projections WHERE case_id = ?
                    """),
                arguments: [caseID.rawValue]
            )
        }
        guard let row else { return nil }
        let json = try storeOperation { try row.decode(String.self, atIndex: 0) }
        return (try ProjectionJSON.decode(json, of: caseID.rawValue), try ProjectionColumns.nextStep(row, from: 1, of: caseID))
    }
}
