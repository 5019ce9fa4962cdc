import CaseWatchCore
import GRDB

extension SQLiteStoreReader {
    /// The sign-off with `id`, nil when there is none.
    public func signoff(id: Int64) throws(StoreError) -> Signoff? {
        try storeOperation {
            try Row.fetchOne(db, sql: """
                \(SignoffColumns.select) WHERE s.id = ?
                """, arguments: [id]).map { row throws in try SignoffColumns.signoff(row) }
        }
    }

    /// Sign-offs with one of `statuses` (nil: any), at `level` (nil: any), of `caseID` (nil: any), oldest
    /// due first.
    public func signoffs(statuses: Set<SignoffStatus>?, level: String?, caseID: CaseID?) throws(StoreError) -> [Signoff] {
        var conditions: [String] = []
        var arguments: StatementArguments = []
        if let statuses {
            conditions.append("s.status IN (\(Array(repeating: "?", count: statuses.count).joined(separator: ",")))")
            for status in statuses.map(\.rawValue).sorted() { arguments += [status] }
        }
        if let level { conditions.append("s.level = ?"); arguments += [level] }
        if let caseID { conditions.append("e.case_id = ?"); arguments += [caseID.rawValue] }
        let filter = conditions.isEmpty ? "" : "WHERE " + conditions.joined(separator: " AND ")
        return try storeOperation {
            // Cached: a case's sign-offs are read with every GET /v1/cases/{id}.
            try Row.fetchAll(db.cachedStatement(sql: """
                \(SignoffColumns.select) \(filter) ORDER BY s.due_at, s.id
                """), arguments: arguments).map { row throws in try SignoffColumns.signoff(row) }
        }
    }

    /// Pending sign-offs whose due instant is before `instant` (one due at `instant` has not expired yet),
    /// oldest due first.
    public func expiredSignoffs(at instant: Instant) throws(StoreError) -> [Signoff] {
        try storeOperation {
            try Row.fetchAll(db.cachedStatement(sql: """
                \(SignoffColumns.select) WHERE s.status = 'pending' AND s.due_at < ? ORDER BY s.due_at, s.id
                """), arguments: [instant.secondsSinceEpoch]).map { row throws in try SignoffColumns.signoff(row) }
        }
    }

    /// The earliest due instant of a pending sign-off at one of `levels`, nil when there is none.
    public func earliestPendingSignoffDue(levels: [String]) throws(StoreError) -> Instant? {
        guard !levels.isEmpty else { return nil }
        return try storeOperation {
            try Int64.fetchOne(db.cachedStatement(sql: """
                SELECT MIN(due_at) FROM signoffs WHERE status = 'pending' AND level IN (\(levels.map { _ in "?" }.joined(separator: ",")))
                """), arguments: StatementArguments(levels)).map { Instant(secondsSinceEpoch: $0) }
        }
    }

    /// The unit and its ancestors up to the root, the unit first (just the unit when it is not in the tree).
    public func lineage(of unit: UnitID) throws(StoreError) -> [UnitID] {
        try storeOperation {
            UnitLineage.lineage(try String.fetchAll(db, sql: UnitLineage.query(parameter: "?"), arguments: [unit.rawValue]), of: unit)
        }
    }
}
