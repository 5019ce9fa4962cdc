import CaseWatchCore
import GRDB

extension SQLiteStoreReader {
    /// The columns a sign-off is read from, in the order ``signoff(from:)`` expects them.
    static let signoffColumns = """
        s.id, s.escalation_id, e.case_id, e.unit_id, e.cycle, e.due_at, s.level, s.status, s.due_at, s.decided_by,
        s.decided_at, s.instruction, s.reason, s.returned_at, s.order_case_id, s.escalated_to
        """

    /// The sign-off with `id`, nil when there is none.
    public func signoff(id: Int64) throws(StoreError) -> Signoff? {
        try storeOperation {
            try Row.fetchOne(db, sql: """
                SELECT \(Self.signoffColumns) FROM signoffs s JOIN escalations e ON e.id = s.escalation_id WHERE s.id = ?
                """, arguments: [id]).map(Self.signoff)
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
                SELECT \(Self.signoffColumns) FROM signoffs s JOIN escalations e ON e.id = s.escalation_id
                \(filter) ORDER BY s.due_at, s.id
                """), arguments: arguments).map(Self.signoff)
        }
    }

    /// Pending sign-offs whose due instant is at or before `instant`, oldest due first.
    public func expiredSignoffs(at instant: Instant) throws(StoreError) -> [Signoff] {
        try storeOperation {
            try Row.fetchAll(db.cachedStatement(sql: """
                SELECT \(Self.signoffColumns) FROM signoffs s JOIN escalations e ON e.id = s.escalation_id
                WHERE s.status = 'pending' AND s.due_at < ? ORDER BY s.due_at, s.id
                """), arguments: [instant.secondsSinceEpoch]).map(Self.signoff)
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
            let ids = try String.fetchAll(db, sql: """
                WITH RECURSIVE up(id, parent_id, depth) AS (
                    SELECT id, parent_id, 0 FROM units WHERE id = ?
                    UNION ALL SELECT u.id, u.parent_id, up.depth + 1 FROM units u JOIN up ON u.id = up.parent_id
                ) SELECT id FROM up ORDER BY depth
                """, arguments: [unit.rawValue])
            return ids.isEmpty ? [unit] : ids.map { UnitID($0) }
        }
    }

    static func signoff(_ row: Row) throws -> Signoff {
        let statusName: String = row[7]
        guard let status = SignoffStatus(rawValue: statusName) else {
            throw StoreError.corrupt("sign-off \(row[0] as Int64): status '\(statusName)' is unknown")
        }
        return Signoff(
            id: row[0], escalationID: row[1], caseID: CaseID(row[2] as String), unit: UnitID(row[3] as String), cycle: row[4],
            escalationDueAt: Instant(secondsSinceEpoch: row[5]), level: row[6], status: status,
            dueAt: Instant(secondsSinceEpoch: row[8]), decidedBy: row[9], decidedAt: (row[10] as Int64?).map { Instant(secondsSinceEpoch: $0) },
            instruction: row[11], reason: row[12], returnedAt: (row[13] as Int64?).map { Instant(secondsSinceEpoch: $0) },
            orderCaseID: (row[14] as String?).map { CaseID($0) }, escalatedTo: row[15]
        )
    }
}
