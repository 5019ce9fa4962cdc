import CaseWatchCore
import GRDB

/// Escalations for a follower that filters (an API client, a stream): in commit order after a row id, of
/// one tier and under one unit of the tree.
extension SQLiteStoreReader {
    /// Up to `limit` escalations committed after row id `afterID`, in commit order, of `tier` (nil: any)
    /// and charged to `unit` or any unit under it in the tree (nil: any), each with its current sign-off.
    public func escalations(
        afterID: Int64, tier: TierName?, under unit: UnitID?, limit: Int
    ) throws(StoreError) -> [StoredEscalation] {
        var conditions = ["e.id > ?"]
        var arguments: StatementArguments = [afterID]
        if let tier {
            conditions.append("e.tier = ?")
            arguments += [tier.rawValue]
        }
        if let unit {
            conditions.append("""
                e.unit_id IN (WITH RECURSIVE down(id) AS (
                    VALUES (?) UNION ALL SELECT u.id FROM units u JOIN down ON u.parent_id = down.id
                ) SELECT id FROM down)
                """)
            arguments += [unit.rawValue]
        }
        arguments += [limit]
        return try storeOperation {
            try Row.fetchAll(db, sql: """
                \(EscalationColumns.select)
                WHERE \(conditions.joined(separator: " AND ")) ORDER BY e.id LIMIT ?
                """, arguments: arguments).map { row throws(StoreError) in try EscalationColumns.storedEscalation(row) }
        }
    }

    /// The last `limit` escalations committed, the latest first.
    public func latestEscalations(limit: Int) throws(StoreError) -> [StoredEscalation] {
        try storeOperation {
            try Row.fetchAll(db, sql: """
                \(EscalationColumns.select)
                ORDER BY e.id DESC LIMIT ?
                """, arguments: [limit]).map { row throws(StoreError) in try EscalationColumns.storedEscalation(row) }
        }
    }
}
