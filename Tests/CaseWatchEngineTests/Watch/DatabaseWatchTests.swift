import CaseWatchCore
import CaseWatchEngine
import CaseWatchStore
import CaseWatchTesting
import Dispatch
import Foundation
import Synchronization
import Testing

/// The watch on the database's files: a commit by another connection is reported once it is visible to
/// readers (the watch's settle calls catch a commit whose first WAL write was reported before it), files
/// that are not the database's are not reported, and a watched daemon waits for what falls due instead of
/// reading the log every 900 ms.
@Suite struct DatabaseWatchTests {
    /// What the watch's calls saw: how many calls, and the largest log position read at a call.
    final class Sightings: Sendable {
        private let state = Mutex((calls: 0, position: Int64(0)))
        func record(_ position: Int64) { state.withLock { $0 = ($0.calls + 1, max($0.position, position)) } }
        var calls: Int { state.withLock { $0.calls } }
        var position: Int64 { state.withLock { $0.position } }
    }

    /// Waits until `condition` holds, checking every millisecond, for at most `timeout`; returns whether it held.
    func eventually(within timeout: Duration = .seconds(10), _ condition: () -> Bool) -> Bool {
        let deadline = ContinuousClock.now + timeout
        while !condition() {
            guard ContinuousClock.now < deadline else { return condition() }
            usleep(1_000)
        }
        return true
    }

    @Test func aCommitByAnotherConnectionIsReportedOnceReadersSeeIt() throws {
        let f = try CycleFixture()
        let reader = try SQLiteCaseStore.open(at: f.store.path)
        let seen = Sightings()
        let queue = DispatchQueue(label: "watch-test")
        let watch = try #require(DatabaseWatch.start(database: f.store.path, queue: queue) {
            seen.record((try? reader.read { try $0.casesWithEvents(after: 0).through }) ?? 0)
        })
        defer { watch.cancel() }
        let nine = try f.at("2026-10-12T09:00")
        for n in 0..<5 {
            try f.ingest(CaseScript.lines("W\(n)", at: nine, kind: ("sanitation", "normal"), unit: "unit-a"))
            let stored = try reader.read { try $0.casesWithEvents(after: 0).through }
            // Whenever the watch reads after this commit, it must find it: a call made before the commit
            // was visible is followed by the settle calls.
            #expect(eventually { seen.position >= stored }, "commit \(n) (log position \(stored)) was never seen by a call of the watch")
        }
        #expect(seen.calls >= 5)
    }

    @Test func onlyTheDatabaseAndItsWALAreReportedNotTheFilesBesideThem() throws {
        #expect(DatabaseWatch.watchedNames(database: "/var/lib/casewatch/store.sqlite") == ["store.sqlite", "store.sqlite-wal"])
        #expect(DatabaseWatch.watchedNames(database: "store.sqlite") == ["store.sqlite", "store.sqlite-wal"])
        let directory = try TemporaryDirectory()
        let seen = Sightings()
        let watch = try #require(DatabaseWatch.start(database: directory.path + "/store.sqlite", queue: DispatchQueue(label: "watch-test")) {
            seen.record(0)
        })
        defer { watch.cancel() }
        // A WAL made anew (after the last connection closed) is reported, then settled: one burst of calls.
        #expect(FileManager.default.createFile(atPath: directory.path + "/store.sqlite-wal", contents: Data("x".utf8)))
        #expect(eventually { seen.calls >= 1 + DatabaseWatch.settleDelays.count })
    }

    @Test func aWatchedCycleWaitsForWhatFallsDueNotForThePeriodicRead() throws {
        let f = try CycleFixture()
        let nine = try f.at("2026-10-12T09:00")
        let clock = ManualClock(nine)
        let log = LogCapture()
        var cycle = f.cycle(clock: clock, logger: log.logger())
        cycle.wake()
        #expect(cycle.nextWait() == .milliseconds(900), "unwatched: the log is read every 900 ms")
        cycle.isWatched = true
        #expect(cycle.nextWait() == .seconds(60), "watched and idle: only the safety-net read, a minute away")
        // A case dispatched now: its first step is what the watched daemon waits for.
        try f.ingest(CaseScript.lines("D1", at: nine.adding(seconds: -60), kind: ("environment.noise", "urgent"), unit: "unit-a"))
        cycle.storeWritten()
        cycle.wake()
        let due = try #require(cycle.supervisor.nextDue)
        let wait = cycle.nextWait()
        #expect(wait == min(.seconds(60), .seconds(due.secondsSinceEpoch - nine.secondsSinceEpoch)))
    }

    @Test func aWatchedCycleWakesForThePendingSignOffToPassUp() throws {
        let s = try SignoffFixture()
        // The instant the district sign-off falls due (Monday 26th 17:00): it passes up once that second is over.
        let now = try s.f.at("2026-10-26T17:00:00")
        let log = LogCapture()
        var cycle = SupervisionCycle(
            supervisor: Supervisor(store: s.f.store, catalog: s.f.policies), clock: ManualClock(now), settings: SupervisionSettings(),
            logger: log.logger(), seat: nil
        )
        cycle.isWatched = true
        cycle.wake()
        var expected = Duration.seconds(1)
        if let due = cycle.supervisor.nextDue { expected = min(expected, .seconds(due.secondsSinceEpoch - now.secondsSinceEpoch)) }
        // The sign-off passes up once its due second is over: a wake then, not at the minute's safety net.
        #expect(expected == .seconds(1), "the case's next step must fall after the sign-off for this test to mean anything")
        #expect(cycle.nextWait() == expected)
    }
}
