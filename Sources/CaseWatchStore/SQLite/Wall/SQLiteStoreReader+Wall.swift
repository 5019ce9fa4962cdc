import CaseWatchCore
import GRDB

/// What the supervision wall shows: open and overdue cases per unit, the deadlines falling due soon, the
/// sign-offs waiting. A case's deadline here is its earliest one not yet met (``OpenDeadlineColumn``).
extension SQLiteStoreReader {
    /// Per unit (one scan of the open cases): how many open cases it holds and how many are overdue at `now`.
    public func openCaseCounts(at now: Instant) throws(StoreError) -> [UnitCaseCount] {
        try storeOperation {
            try Row.fetchAll(db, sql: """
                SELECT unit_id, COUNT(*), COALESCE(SUM(deadline < ?), 0)
                FROM (SELECT unit_id, \(OpenDeadlineColumn.earliestUnmet) AS deadline FROM projections WHERE status <> 'closed')
                GROUP BY unit_id
                """, arguments: [now.secondsSinceEpoch]).map(UnitCaseCount.init(stored:))
        }
    }

    /// The earliest unmet deadlines of open cases at or after `from` and before `until`, in order, at most
    /// `limit` of them.
    public func openDeadlines(from: Instant, until: Instant, limit: Int) throws(StoreError) -> [Instant] {
        try storeOperation {
            try Int64.fetchAll(db, sql: """
                SELECT deadline FROM (SELECT \(OpenDeadlineColumn.earliestUnmet) AS deadline FROM projections WHERE status <> 'closed')
                WHERE deadline >= ? AND deadline < ? ORDER BY deadline LIMIT ?
                """, arguments: [from.secondsSinceEpoch, until.secondsSinceEpoch, limit]).map { Instant(secondsSinceEpoch: $0) }
        }
    }

    /// Every pending sign-off, by level, the longest waiting first.
    public func pendingSignoffAges() throws(StoreError) -> [PendingSignoffAge] {
        try storeOperation { try Row.fetchAll(db, sql: PendingSignoffAge.storedQuery).map(PendingSignoffAge.init(stored:)) }
    }
}
