import CaseWatchCore
import CaseWatchStore

/// Escalations in the order they were committed, for followers: the daemon's log, an API client, a stream.
///
/// Row id order is commit order: a writer takes ids only while it holds the store's write lock, which it
/// releases after its commit is visible, so an id above one a follower has read is never committed after
/// the follower's read (a sequence alone would not promise it: ids are taken at insert, not commit).
extension PostgresStoreReader {
    /// Up to `limit` escalations committed after row id `afterID`, in commit order, of `tier` (nil: any)
    /// and charged to `unit` or any unit under it in the tree (nil: any), each with its current sign-off.
    func escalations(
        afterID: Int64, tier: TierName?, under unit: UnitID?, limit: Int
    ) throws(StoreError) -> [StoredEscalation] {
        try escalations("""
            WHERE e.id > $1 AND ($2::text IS NULL OR e.tier = $2)
                AND ($3::text IS NULL OR e.unit_id IN (WITH RECURSIVE down(id) AS (
                    VALUES ($3::text COLLATE "C") UNION ALL SELECT u.id FROM units u JOIN down ON u.parent_id = down.id
                ) SELECT id FROM down))
            ORDER BY e.id LIMIT $4
            """, [afterID, tier?.rawValue, unit?.rawValue, limit])
    }

    /// The last `limit` escalations committed, the latest first.
    func latestEscalations(limit: Int) throws(StoreError) -> [StoredEscalation] {
        try escalations("ORDER BY e.id DESC LIMIT $1", [limit])
    }

    /// Up to `limit` escalations committed after the one with row id `afterID`, in commit order.
    func escalations(afterID: Int64, limit: Int) throws(StoreError) -> [StoredEscalation] {
        try escalations("WHERE e.id > $1 ORDER BY e.id LIMIT $2", [afterID, limit])
    }

    /// The row id of the last escalation committed, 0 when there is none.
    func latestEscalationID() throws(StoreError) -> Int64 {
        try session.row("SELECT COALESCE(MAX(id), 0) FROM escalations")?.int(0) ?? 0
    }
}
