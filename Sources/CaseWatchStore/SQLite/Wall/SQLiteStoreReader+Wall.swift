import CaseWatchCore
import GRDB

/// What the supervision wall shows: open and overdue cases per unit, the deadlines falling due soon, the
/// sign-offs waiting. A case's deadline here is its earliest one not yet met (accept before it is accepted,
/// resolve before it is replied), as in force after extensions.
extension SQLiteStoreReader {
    /// The earliest unmet deadline of an open projection row, NULL when it has met both.
    private static let earliestUnmetDeadline = """
        CASE WHEN accept_met_at IS NULL AND accept_due IS NOT NULL
                  AND (resolve_met_at IS NOT NULL OR resolve_due_effective IS NULL OR accept_due < resolve_due_effective)
             THEN accept_due
             WHEN resolve_met_at IS NULL THEN resolve_due_effective END
        """

    /// Per unit (one scan of the open cases): how many open cases it holds and how many are overdue at `now`.
    public func openCaseCounts(at now: Instant) throws(StoreError) -> [UnitCaseCount] {
        try storeOperation {
            try Row.fetchAll(db, sql: """
                SELECT unit_id, COUNT(*), COALESCE(SUM(deadline < ?), 0)
                FROM (SELECT unit_id, \(Self.earliestUnmetDeadline) AS deadline FROM projections WHERE status <> 'closed')
                GROUP BY unit_id
                """, arguments: [now.secondsSinceEpoch]).map { row in
                let unit: String? = row[0]
                return UnitCaseCount(unit: unit.map { UnitID($0) }, open: row[1], overdue: row[2])
            }
        }
    }

    /// The earliest unmet deadlines of open cases at or after `from` and before `until`, in order, at most
    /// `limit` of them.
    public func openDeadlines(from: Instant, until: Instant, limit: Int) throws(StoreError) -> [Instant] {
        try storeOperation {
            try Int64.fetchAll(db, sql: """
                SELECT deadline FROM (SELECT \(Self.earliestUnmetDeadline) AS deadline FROM projections WHERE status <> 'closed')
                WHERE deadline >= ? AND deadline < ? ORDER BY deadline LIMIT ?
                """, arguments: [from.secondsSinceEpoch, until.secondsSinceEpoch, limit]).map { Instant(secondsSinceEpoch: $0) }
        }
    }

    /// Every pending sign-off, by level, the longest waiting first.
    public func pendingSignoffAges() throws(StoreError) -> [PendingSignoffAge] {
        try storeOperation {
            try Row.fetchAll(db, sql: """
                SELECT s.level, e.case_id, e.unit_id, e.detected_at, s.due_at
                FROM signoffs s JOIN escalations e ON e.id = s.escalation_id
                WHERE s.status = 'pending' ORDER BY s.level, e.detected_at, s.id
                """).map { row in
                PendingSignoffAge(
                    level: row[0], caseID: CaseID(row[1] as String), unit: UnitID(row[2] as String),
                    waitingSince: Instant(secondsSinceEpoch: row[3]), due: Instant(secondsSinceEpoch: row[4])
                )
            }
        }
    }
}
