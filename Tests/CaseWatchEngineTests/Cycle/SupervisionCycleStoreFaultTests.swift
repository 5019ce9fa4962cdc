@_spi(Testing) import CaseWatchStore
import CaseWatchCore
import CaseWatchEngine
import CaseWatchTesting
import Testing

/// The store failing under the supervision cycle — locked by another connection past the busy timeout,
/// or full — is logged and retried with a doubling wait; nothing is half-written meanwhile; once the fault
/// clears, every due step fires exactly once.
@Suite struct SupervisionCycleStoreFaultTests {
    /// 200 cases dispatched on Monday 2026-10-12 between 09:00 and 10:00: enough escalations that their
    /// rows cannot fit in the pages the database already has.
    func scenario(_ f: CycleFixture) throws -> Instant {
        let nine = try f.at("2026-10-12T09:00")
        try f.ingest((0..<200).flatMap { n in
            CaseScript.lines("F\(n)", at: nine.adding(seconds: Int64(n * 15)), kind: ("sanitation", "normal"), unit: CycleFixture.units[n % 3])
        })
        return try f.at("2026-10-12T08:00")
    }

    var settings: SupervisionSettings {
        var settings = SupervisionSettings()
        settings.firstRetry = .seconds(1)
        settings.longestRetry = .seconds(4)
        return settings
    }

    /// Runs the cycle through a fault that `begin` sets up and `end` clears, and checks the rules.
    func runThroughFault(
        _ f: CycleFixture, expecting hint: String, begin: () throws -> Void, end: () throws -> Void
    ) throws {
        let clock = ManualClock(try scenario(f))
        let log = LogCapture()
        var cycle = f.cycle(clock: clock, logger: log.logger(), settings: settings)
        #expect(cycle.wake().isEmpty)
        #expect(cycle.isRunning)
        let stepsBefore = try f.pendingSteps()

        // Tuesday of the next week: every case's warning and overdue are due.
        clock.set(try f.at("2026-10-20T12:00"))
        try begin()
        #expect(cycle.wake().isEmpty)
        #expect(cycle.failures == 1)
        let errors = log.lines("store operation failed; nothing was half-written, retrying")
        #expect(errors.count == 1)
        #expect(errors.first?.level == .error)
        #expect(errors.first?.metadata["error"]?.contains(hint) == true, "\(errors.first?.metadata ?? [:])")
        #expect(errors.first?.metadata["retry_in"] == "\(Duration.seconds(1))")
        #expect(try f.stored().isEmpty, "a failed wake left escalations behind")
        #expect(try f.pendingSteps() == stepsBefore, "a failed wake changed next steps")

        // Before the retry is due, the cycle does not touch the store.
        #expect(cycle.wake().isEmpty)
        #expect(cycle.failures == 1)
        clock.move(seconds: 1)
        #expect(cycle.wake().isEmpty)
        #expect(cycle.failures == 2)
        #expect(log.lines("store operation failed; nothing was half-written, retrying").last?.metadata["retry_in"] == "\(Duration.seconds(2))")
        #expect(try f.stored().isEmpty)

        try end()
        clock.move(seconds: 1)
        #expect(cycle.wake().isEmpty, "the doubled wait is not over yet")
        clock.move(seconds: 1)
        let fired = cycle.wake()
        #expect(cycle.failures == 0)
        #expect(log.lines("store available again").count == 1)
        let reading = clock.now
        clock.move(seconds: 60)
        #expect(cycle.wake().isEmpty)

        let keys = fired.map(EscalationKey.init)
        let replayed = try f.replayed(asOf: reading)
        #expect(replayed.count == 400)
        #expect(keys.count == Set(keys).count)
        #expect(Set(keys) == Set(replayed))
        #expect(Set(try f.stored().map(EscalationKey.init)) == Set(replayed))
        #expect(fired.allSatisfy { $0.detectedAt == reading && $0.dueAt < reading })
    }

    @Test func aDatabaseLockedPastTheBusyTimeoutIsRetriedAndEveryStepFiresOnceAfter() throws {
        let f = try CycleFixture(busyTimeout: .milliseconds(100))
        var holder: WriteLockHolder?
        try runThroughFault(f, expecting: "busy timeout", begin: {
            holder = try WriteLockHolder(path: f.store.path)
        }, end: {
            holder?.release()
        })
    }

    @Test func aFullDiskIsRetriedAndEveryStepFiresOnceWhenSpaceIsFreed() throws {
        let f = try CycleFixture()
        try runThroughFault(f, expecting: "the disk holding the database is full", begin: {
            _ = try f.store.capPageCount(1)
        }, end: {
            _ = try f.store.capPageCount(nil)
        })
    }
}
