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
        var projections: [CaseProjection] = []
        projections.reserveCapacity(rows.count)
        for row in rows {
            let caseID = try storeOperation { try row.decode(String.self, atIndex: 0) }
            let json = try storeOperation { try row.decode(String.self, atIndex: 1) }
            projections.append(try ProjectionJSON.decode(json, of: caseID))
        }
        return projections
    }

    /// The next step stored with a case's projection by ``StoreWriter/saveProjection(_:nextStep:)``, nil
    /// when none was (or no projection is stored).
    public func storedNextStep(of caseID: CaseID) throws(StoreError) -> PendingStep? {
        let row = try storeOperation {
            try Row.fetchOne(
                db.cachedStatement(sql: "SELECT next_tier, next_deadline, next_due, next_provisional FROM projections WHERE case_id = ?"),
                arguments: [caseID.rawValue]
            )
        }
        return try row.flatMap { (row) throws(StoreError) in try Self.nextStep(row, from: 0, of: caseID) }
    }

    /// A case's stored projection and the next step stored with it, in one read; nil when none is stored.
    public func projectionAndNextStep(of caseID: CaseID) throws(StoreError) -> (CaseProjection, PendingStep?)? {
        let row = try storeOperation {
            try Row.fetchOne(
                db.cachedStatement(sql: """
                    SELECT state, next_tier, next_deadline, next_due, next_provisional FROM projections WHERE case_id = ?
                    """),
                arguments: [caseID.rawValue]
            )
        }
        guard let row else { return nil }
        let json = try storeOperation { try row.decode(String.self, atIndex: 0) }
        return (try ProjectionJSON.decode(json, of: caseID.rawValue), try Self.nextStep(row, from: 1, of: caseID))
    }

    /// The next step in the four columns of `row` from `index` on (tier, deadline, due, provisional).
    static func nextStep(_ row: Row, from index: Int, of caseID: CaseID) throws(StoreError) -> PendingStep? {
        try storeOperation {
            guard let tierName: String = try row.decode(atIndex: index) else { return nil }
            let deadlineName: String = try row.decode(atIndex: index + 1)
            guard let tier = TierName(rawValue: tierName), let deadline = DeadlineKind(rawValue: deadlineName) else {
                throw StoreError.corrupt("case '\(caseID)': its next step '\(tierName)' on '\(deadlineName)' is unknown")
            }
            return PendingStep(
                tier: tier, deadline: deadline, due: Instant(secondsSinceEpoch: try row.decode(atIndex: index + 2)),
                provisional: try row.decode(atIndex: index + 3)
            )
        }
    }
}
