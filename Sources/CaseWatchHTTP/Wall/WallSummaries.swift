import CaseWatchStore

/// The wall's summaries, read from the store once for all the walls open: a stream that wants one while
/// another stream's read of the same state (the feed's mark unchanged) is under way, or was started within
/// ``sharedFor``, takes that one. With a million open cases a read takes most of a second; each screen in the
/// centre no longer makes its own.
actor WallSummaries {
    /// How long a summary read is shared (its `now` and overdue counts age that much at most).
    static let sharedFor = Duration.seconds(1)

    private var latest: (mark: EscalationFeed.Mark, started: ContinuousClock.Instant, read: Task<(WallSummary, UnitDirectory), any Error>)?
    /// How many summaries were read from the store.
    private(set) var reads = 0

    /// The summary of the store now (for `environment`'s feed mark), read or shared.
    func summary(environment: APIEnvironment) async throws -> (WallSummary, UnitDirectory) {
        let mark = environment.feed.mark
        let started = ContinuousClock.now
        if let latest, latest.mark == mark, started - latest.started < Self.sharedFor {
            return try await latest.read.value
        }
        let (store, now, zone) = (environment.store, environment.clock.now, environment.policies.current.displayZone)
        let read = Task { try await WallFigures.summary(store: store, now: now, zone: zone) }
        latest = (mark, started, read)
        reads += 1
        return try await read.value
    }
}
