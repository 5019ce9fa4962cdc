import CaseWatchCore
import CaseWatchStore

extension PostgresStoreReader: SignoffReading {
    /// Up to `limit` sign-offs with one of `statuses` (nil: any) and an id above `afterID`, in id order: a
    /// page of the list the HTTP API serves (read through the primary key).
    func signoffPage(statuses: Set<SignoffStatus>?, afterID: Int64, limit: Int) throws(StoreError) -> [Signoff] {
        try signoffs("""
            WHERE s.id > $1 AND ($2::text[] IS NULL OR s.status = ANY($2)) ORDER BY s.id LIMIT $3
            """, [afterID, statuses.map(Self.names), limit])
    }

    /// The sign-off with `id`, nil when there is none.
    func signoff(id: Int64) throws(StoreError) -> Signoff? {
        try signoffs("WHERE s.id = $1", [id]).first
    }

    /// Sign-offs with one of `statuses` (nil: any), at `level` (nil: any), of `caseID` (nil: any), oldest
    /// due first.
    func signoffs(statuses: Set<SignoffStatus>?, level: String?, caseID: CaseID?) throws(StoreError) -> [Signoff] {
        try signoffs("""
            WHERE ($1::text[] IS NULL OR s.status = ANY($1)) AND ($2::text IS NULL OR s.level = $2)
                AND ($3::text IS NULL OR e.case_id = $3)
            ORDER BY s.due_at, s.id
            """, [statuses.map(Self.names), level, caseID?.rawValue])
    }

    /// Pending sign-offs whose due instant is before `instant` (one due at `instant` has not expired yet),
    /// oldest due first.
    func expiredSignoffs(at instant: Instant) throws(StoreError) -> [Signoff] {
        try signoffs("WHERE s.status = 'pending' AND s.due_at < $1 ORDER BY s.due_at, s.id", [instant.secondsSinceEpoch])
    }

    /// The earliest due instant of a pending sign-off at one of `levels`, nil when there is none.
    func earliestPendingSignoffDue(levels: [String]) throws(StoreError) -> Instant? {
        try session.row("SELECT MIN(due_at) FROM signoffs WHERE status = 'pending' AND level = ANY($1)", [levels])?.optionalInstant(0)
    }

    /// Sign-offs with their escalations, filtered and ordered by `clause` (on aliases `s` and `e`).
    private func signoffs(_ clause: String, _ values: [any PostgresBindable]) throws(StoreError) -> [Signoff] {
        try session.rows("\(SignoffColumns.select) \(clause)", values).map { row throws(StoreError) in try SignoffColumns.signoff(row) }
    }

    /// The stored names of `statuses`, in a fixed order.
    private static func names(_ statuses: Set<SignoffStatus>) -> [String] {
        statuses.map(\.rawValue).sorted()
    }
}
