import Synchronization

/// The principals of credentials checked against the store lately, so that a busy client costs one store
/// read per credential per ``lifetimeNanoseconds``, not one per request.
///
/// Entries are keyed by the SHA-256 of the credential's text (never the text) and live for a short,
/// fixed time: a key revoked by another process is refused within that time. Only accepted credentials are
/// remembered, and at most ``capacity`` of them.
final class CredentialCache: Sendable {
    /// How long a checked credential is trusted without reading the store again.
    let lifetimeNanoseconds: Int64
    /// The most credentials remembered at once.
    let capacity: Int

    private struct Entry {
        let principal: Principal
        let checkedAt: Int64
    }

    private let entries = Mutex<[String: Entry]>([:])

    /// A cache trusting a check for `lifetimeNanoseconds`, remembering at most `capacity` credentials.
    init(lifetimeNanoseconds: Int64, capacity: Int = 10_000) {
        self.lifetimeNanoseconds = lifetimeNanoseconds
        self.capacity = capacity
    }

    /// The principal remembered for `digest`, if it was checked within the lifetime before `now` (a clock
    /// stepped back makes every entry stale).
    func principal(for digest: String, at now: Int64) -> Principal? {
        entries.withLock { entries in
            guard let entry = entries[digest] else { return nil }
            guard entry.checkedAt <= now, now - entry.checkedAt < lifetimeNanoseconds else {
                entries[digest] = nil
                return nil
            }
            return entry.principal
        }
    }

    /// Remembers that `digest` was checked at `now` as `principal`.
    func remember(_ principal: Principal, for digest: String, at now: Int64) {
        entries.withLock { entries in
            if entries.count >= capacity, entries[digest] == nil {
                entries = entries.filter { $0.value.checkedAt <= now && now - $0.value.checkedAt < lifetimeNanoseconds }
                if entries.count >= capacity { entries.removeAll() }
            }
            entries[digest] = Entry(principal: principal, checkedAt: now)
        }
    }

    /// Forgets every credential (a revocation made through this process takes effect at once).
    func forgetAll() {
        entries.withLock { $0.removeAll() }
    }

    /// How many credentials are remembered.
    var count: Int { entries.withLock { $0.count } }
}
