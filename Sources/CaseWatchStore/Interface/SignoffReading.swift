import CaseWatchCore

/// Reads leadership sign-offs: the part of ``StoreReader`` that each backend implements in its own SQL.
public protocol SignoffReading {
    /// Up to `limit` sign-offs with one of `statuses` (nil: any) and an id above `afterID`, in id order: a
    /// page of the list the HTTP API serves (read through the primary key).
    func signoffPage(statuses: Set<SignoffStatus>?, afterID: Int64, limit: Int) throws(StoreError) -> [Signoff]

    /// The sign-off with `id`, nil when there is none.
    func signoff(id: Int64) throws(StoreError) -> Signoff?

    /// Sign-offs with one of `statuses` (nil: any), at `level` (nil: any), of `caseID` (nil: any), oldest
    /// due first.
    func signoffs(statuses: Set<SignoffStatus>?, level: String?, caseID: CaseID?) throws(StoreError) -> [Signoff]

    /// Pending sign-offs whose due instant is before `instant` (one due at `instant` has not expired yet),
    /// oldest due first.
    func expiredSignoffs(at instant: Instant) throws(StoreError) -> [Signoff]

    /// The earliest due instant of a pending sign-off at one of `levels`, nil when there is none.
    func earliestPendingSignoffDue(levels: [String]) throws(StoreError) -> Instant?
}
