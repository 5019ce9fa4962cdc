import CaseWatchStore

/// The check a supervising daemon's write transaction makes first: the lease row is this holder's, of this
/// epoch, and not expired by the database's clock at this moment (`clock_timestamp()`, not the
/// transaction's start). The row is locked FOR SHARE until the transaction ends, so a takeover (an UPDATE of
/// the row) waits for it, and no write of an old epoch can commit after a new epoch began.
struct LeaseFence: Sendable, Hashable {
    /// The holder writing.
    let holder: String
    /// The epoch it holds.
    let epoch: Int64

    /// Checks the lease in `session`'s open transaction; throws ``StoreError/fenced(holder:epoch:)`` when
    /// it is not in force.
    func check(in session: PostgresSession) throws(StoreError) {
        let held = try session.row("""
            SELECT 1 FROM supervisor_lease
            WHERE id = 1 AND holder = $1 AND epoch = $2 AND expires_at > clock_timestamp() FOR SHARE
            """, [holder, epoch])
        if held == nil { throw .fenced(holder: holder, epoch: epoch) }
    }
}
