import CaseWatchCore
import Synchronization

/// Decides which refused credentials are audited, so that an attack cannot grow the audit chain without
/// bound: at most one `credential.refused` entry per credential per clock minute (UTC), and at most
/// ``maxPerMinute`` in all per clock minute; the refusals not audited are only counted (by the caller's metric).
///
/// Credentials are told apart by a digest of their text (never the text itself); the digests remembered
/// are those audited in the current minute, so memory stays within ``maxPerMinute`` entries.
public final class RefusalAuditGate: Sendable {
    /// The most refusals audited in one minute, over every credential.
    public let maxPerMinute: Int

    private struct State {
        var minute: Int64 = .min
        var audited: Set<String> = []
    }

    private let state = Mutex(State())

    /// A gate auditing at most `maxPerMinute` refusals a minute (default 60).
    public init(maxPerMinute: Int = 60) {
        self.maxPerMinute = maxPerMinute
    }

    /// Whether the refusal of the credential with digest `digest` at `now` is to be audited.
    public func admit(_ digest: String, at now: Instant) -> Bool {
        let minute = now.secondsSinceEpoch / 60 - (now.secondsSinceEpoch % 60 < 0 ? 1 : 0)
        return state.withLock { state in
            if state.minute != minute {
                state.minute = minute
                state.audited.removeAll(keepingCapacity: true)
            }
            guard state.audited.count < maxPerMinute, !state.audited.contains(digest) else { return false }
            state.audited.insert(digest)
            return true
        }
    }
}
