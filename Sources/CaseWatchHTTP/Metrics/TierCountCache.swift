import CaseWatchCore
import CaseWatchStore
import Synchronization

/// The pending steps by tier, counted at most every ``refreshInterval``: no index holds a projection's next
/// tier, so a count reads every open case (seconds on a million). A scrape finding the count stale starts a
/// new one in the background and answers with the last; only the first scrape waits for it.
final class TierCountCache: Sendable {
    private struct State {
        var counts: [TierName: Int]?
        var countedAt: ContinuousClock.Instant?
        var isCounting = false
    }

    /// How long a count is used before the next is started.
    let refreshInterval: Duration
    private let state = Mutex(State())

    /// A cache refreshing every `refreshInterval`.
    init(refreshInterval: Duration = .seconds(300)) {
        self.refreshInterval = refreshInterval
    }

    /// The counts for a scrape of `store`: the last ones, a refresh started when they are stale; the first
    /// time, counted now. Nil when the store cannot be read for the first count.
    func counts(in store: any CaseStore) async -> [TierName: Int]? {
        let now = ContinuousClock.now
        let (last, start) = state.withLock { state -> ([TierName: Int]?, Bool) in
            let stale = state.countedAt.map { now - $0 >= refreshInterval } ?? true
            let start = stale && !state.isCounting
            if start { state.isCounting = true }
            return (state.counts, start)
        }
        guard start else { return last }
        guard last != nil else { return await count(store) }
        Task { await count(store) }
        return last
    }

    private func count(_ store: any CaseStore) async -> [TierName: Int]? {
        let counts = try? await BlockingWork.run("casewatch.http.metrics.tiers") { try store.read { try $0.pendingStepsByTier() } }
        return state.withLock { state in
            state.isCounting = false
            if let counts {
                state.counts = counts
                state.countedAt = ContinuousClock.now
            }
            return state.counts
        }
    }
}
