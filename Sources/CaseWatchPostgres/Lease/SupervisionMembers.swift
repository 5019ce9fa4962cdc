import CaseWatchStore

/// The daemons that share a PostgreSQL store, as `casewatch status` lists them: each daemon, supervising or
/// waiting, keeps a row of `supervisor_members` fresh (its `seen_at` by the database's clock).
extension SupervisionLease {
    /// A daemon's row: who, where, in what state, and what it said of itself (a JSON record, opaque here).
    public struct Member: Sendable, Hashable {
        /// Its lease holder name.
        public var holder: String
        /// Its host.
        public var host: String
        /// Its process id.
        public var pid: Int64
        /// `running`, `standby`, `stopped`, ….
        public var state: String
        /// Seconds since the database's clock last heard from it.
        public var silentSeconds: Int64
        /// What it said of itself, as JSON.
        public var record: String?
    }

    /// The lease as it stands: its holder and epoch, and whether it is in force now.
    public struct Holding: Sendable, Hashable {
        /// The holder.
        public var holder: String
        /// The fencing epoch.
        public var epoch: Int64
        /// Whether it has not expired by the database's clock.
        public var inForce: Bool
        /// The holder's lease duration: how far its last renewal set the expiry.
        public var duration: Duration = .zero
    }

    /// Writes this daemon's row: `state`, `pid`, `host` and `record`, seen now.
    public func publishMember(host: String, pid: Int64, state: String, record: String?) throws(StoreError) {
        _ = try store.withSession { session throws(StoreError) in
            try session.execute("""
                INSERT INTO supervisor_members (holder, host, pid, state, started_at, seen_at, record)
                VALUES ($1, $2, $3, $4, clock_timestamp(), clock_timestamp(), $5)
                ON CONFLICT (holder) DO UPDATE SET state = excluded.state, seen_at = excluded.seen_at, record = excluded.record
                """, [holder, host, pid, state, record])
        }
    }

    /// The lease now, nil when no daemon ever took it.
    public func holding() throws(StoreError) -> Holding? {
        try store.withSession { session throws(StoreError) in
            guard let row = try session.row("""
                SELECT holder, epoch, expires_at > clock_timestamp(), ceil(extract(epoch FROM expires_at - renewed_at))::bigint
                FROM supervisor_lease WHERE id = 1
                """) else {
                return nil
            }
            return Holding(
                holder: try row.text(0), epoch: try row.int(1), inForce: try row.decode(2, as: Bool.self), duration: .seconds(try row.int(3))
            )
        }
    }

    /// The daemons heard from within `within`, by holder.
    public func members(within: Duration) throws(StoreError) -> [Member] {
        try store.withSession { session throws(StoreError) in
            try session.rows("""
                SELECT holder, host, pid, state, floor(extract(epoch FROM clock_timestamp() - seen_at))::bigint, record
                FROM supervisor_members WHERE seen_at > clock_timestamp() - make_interval(secs => $1) ORDER BY holder
                """, [max(1, within.components.seconds)]).map { row throws(StoreError) in
                Member(
                    holder: try row.text(0), host: try row.text(1), pid: try row.int(2), state: try row.text(3),
                    silentSeconds: try row.int(4), record: try row.optionalText(5)
                )
            }
        }
    }
}
