import CaseWatchStore
import Foundation

/// The lease that makes one daemon the supervisor of a PostgreSQL store shared by several hosts: one row of
/// `supervisor_lease`, timed by the database's clock (`clock_timestamp()`, never a host's), with a fencing
/// epoch that grows by one at every change of holder.
///
/// A daemon takes the lease when it is free or expired, renews it well before it expires, and writes
/// through ``FencedCaseStore``, whose every transaction checks — and holds, until it ends — the lease row
/// of its epoch: a paused or partitioned former leader can never commit once another took over, and a
/// takeover waits for a transaction in flight to end. Not session advisory locks: they cannot fence writes
/// made on other pooled connections and break behind connection poolers.
public struct SupervisionLease: Sendable {
    /// The store.
    public let store: PostgresCaseStore
    /// This daemon's identity, unique to the process run (`host:pid:random`).
    public let holder: String
    /// How long a lease lasts from its last renewal.
    public let duration: Duration

    /// A lease of `store` for `holder`, lasting `duration` from each renewal.
    public init(store: PostgresCaseStore, holder: String, duration: Duration) {
        precondition(duration >= .seconds(1), "a lease lasts at least a second")
        self.store = store
        self.holder = holder
        self.duration = duration
    }

    /// A holder name unique to this process run on this host.
    ///
    /// The host is the machine's own name (`gethostname`), never a resolved address that could hold colons.
    public static func uniqueHolder() -> String {
        var buffer = [CChar](repeating: 0, count: 256)
        gethostname(&buffer, buffer.count)
        let host = String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self).replacingOccurrences(of: ":", with: "-")
        return "\(host):\(ProcessInfo.processInfo.processIdentifier):\(UUID().uuidString.prefix(8).lowercased())"
    }

    /// The process id a holder name of ``uniqueHolder()`` carries, nil for another kind of name.
    public static func processID(ofHolder holder: String) -> Int32? {
        let parts = holder.split(separator: ":")
        return parts.count >= 3 ? Int32(parts[parts.count - 2]) : nil
    }

    /// The lease's length in whole seconds, as SQL binds it.
    private var seconds: Int64 { max(1, duration.components.seconds) }

    /// Takes the lease when it is free, expired, or already this holder's (renewing it then); returns the
    /// epoch held, nil when another daemon holds it.
    public func acquire() throws(StoreError) -> Int64? {
        try store.withSession { session throws(StoreError) in
            try session.row("""
                INSERT INTO supervisor_lease AS l (id, holder, epoch, acquired_at, renewed_at, expires_at)
                VALUES (1, $1, 1, clock_timestamp(), clock_timestamp(), clock_timestamp() + make_interval(secs => $2))
                ON CONFLICT (id) DO UPDATE SET
                    epoch = CASE WHEN l.holder = excluded.holder AND l.expires_at > clock_timestamp() THEN l.epoch ELSE l.epoch + 1 END,
                    acquired_at = CASE WHEN l.holder = excluded.holder AND l.expires_at > clock_timestamp() THEN l.acquired_at
                        ELSE clock_timestamp() END,
                    holder = excluded.holder, renewed_at = clock_timestamp(),
                    expires_at = clock_timestamp() + make_interval(secs => $2)
                WHERE l.holder = excluded.holder OR l.expires_at <= clock_timestamp()
                RETURNING epoch
                """, [holder, seconds])?.int(0)
        }
    }

    /// Renews the lease of `epoch`; false when it is no longer this holder's or has expired (then the
    /// daemon must stop supervising: another may have taken over).
    public func renew(epoch: Int64) throws(StoreError) -> Bool {
        try store.withSession { session throws(StoreError) in
            try session.execute("""
                UPDATE supervisor_lease SET renewed_at = clock_timestamp(), expires_at = clock_timestamp() + make_interval(secs => $3)
                WHERE id = 1 AND holder = $1 AND epoch = $2 AND expires_at > clock_timestamp()
                """, [holder, epoch, seconds]) == 1
        }
    }

    /// Gives the lease of `epoch` up at once (a graceful stop), so that a standby need not wait for it to
    /// expire.
    public func release(epoch: Int64) throws(StoreError) {
        _ = try store.withSession { session throws(StoreError) in
            try session.execute("""
                UPDATE supervisor_lease SET expires_at = clock_timestamp() WHERE id = 1 AND holder = $1 AND epoch = $2
                """, [holder, epoch])
        }
    }

    /// The store as the holder of `epoch` writes it: every write transaction is refused with
    /// ``StoreError/fenced(holder:epoch:)`` unless this lease of that epoch is in force.
    public func fencedStore(epoch: Int64) -> FencedCaseStore {
        FencedCaseStore(store: store, fence: LeaseFence(holder: holder, epoch: epoch))
    }
}
