import CaseWatchCore
import CaseWatchEngine
import CaseWatchTesting
import ServiceLifecycle
import ServiceLifecycleTestKit
import Testing

/// The daemon's service in process, under swift-service-lifecycle's test kit: a graceful shutdown is seen
/// between the transactions of a catch-up (a SIGTERM never waits for the whole of it), and what it left
/// due fires exactly once at the next start.
@Suite struct SupervisionServiceTests {
    /// 300 urgent cases dispatched a minute apart on Monday 2026-10-12 from 09:00 (so that their steps
    /// fall due at 300 different instants), every one overdue a week later.
    func overdueCases(_ f: CycleFixture) throws -> Instant {
        let nine = try f.at("2026-10-12T09:00")
        try f.ingest((0..<300).flatMap { n in
            CaseScript.lines("G\(n)", at: nine.adding(seconds: Int64(n * 60)), kind: ("environment.noise", "urgent"), unit: CycleFixture.units[n % 3])
        })
        return try f.at("2026-10-20T12:00")
    }

    @Test func aCatchUpPausesBetweenTransactionsWhenAskedAndTheNextAdvanceFiresTheRest() throws {
        let f = try CycleFixture()
        let now = try overdueCases(f)
        var supervisor = Supervisor(store: f.store, catalog: f.policies)
        supervisor.casesPerTransaction = 40
        var asked = 0
        let first = try supervisor.start(at: now) {
            asked += 1
            return asked > 2
        }
        // Two transactions of at most 40 cases each, then the pause: the rest still waits on the wheel.
        #expect(Set(first.map(\.caseID)).count <= 80 && !first.isEmpty)
        #expect(supervisor.nextDue.map { $0 <= now } == true)
        let rest = try supervisor.advance(to: now)
        let keys = (first + rest).map(EscalationKey.init)
        #expect(keys.count == Set(keys).count, "an escalation fired twice")
        #expect(Set(keys) == Set(try f.replayed(asOf: now)))
    }

    @Test func aShutdownDuringTheCatchUpStopsTheServiceBeforeItAndTheNextStartFiresEverything() async throws {
        let f = try CycleFixture()
        let now = try overdueCases(f)
        let log = LogCapture()
        let service = SupervisionService(
            store: f.store, catalog: f.policies, clock: ManualClock(now), reload: { [policies = f.policies] in policies },
            logger: log.logger()
        )
        try await testGracefulShutdown { trigger in
            trigger.triggerGracefulShutdown()
            try await service.run()
        }
        #expect(log.lines("catch-up paused for shutdown; the next start resumes it").count == 1)
        #expect(log.lines("supervising").isEmpty)
        #expect(log.lines("stopped").count == 1)
        #expect(try f.stored().isEmpty, "the catch-up ran on after the shutdown")
        #expect(SupervisorLock.inspect(forDatabase: f.store.path).held == false)

        var cycle = f.cycle(clock: ManualClock(now), logger: log.logger())
        let fired = cycle.wake().map(EscalationKey.init)
        #expect(fired.count == Set(fired).count)
        #expect(Set(fired) == Set(try f.replayed(asOf: now)))
    }

    @Test func escalationsCommittedButNotLoggedBeforeACrashAreLoggedAtTheNextStartOnce() throws {
        let f = try CycleFixture()
        let now = try overdueCases(f)
        let before = try f.at("2026-10-12T08:00")
        // A first daemon starts before anything is due: its mark is the store's last escalation (none).
        let firstLog = LogCapture()
        var first = SupervisionCycle(
            supervisor: Supervisor(store: f.store, catalog: f.policies), clock: ManualClock(before), settings: SupervisionSettings(),
            logger: firstLog.logger(), seat: nil, mark: try EscalationLogMark.open(forDatabase: f.store.path)
        )
        #expect(first.wake().isEmpty)
        // It commits a week of escalations and dies before writing their lines (a supervisor without the
        // cycle commits exactly what the daemon would, and logs nothing).
        var dying = Supervisor(store: f.store, catalog: f.policies)
        let committed = try dying.start(at: now)
        #expect(!committed.isEmpty)
        #expect(firstLog.lines("escalation").isEmpty)

        func restart() -> LogCapture {
            let log = LogCapture()
            var cycle = SupervisionCycle(
                supervisor: Supervisor(store: f.store, catalog: f.policies), clock: ManualClock(now), settings: SupervisionSettings(),
                logger: log.logger(), seat: nil, mark: try! EscalationLogMark.open(forDatabase: f.store.path)
            )
            #expect(cycle.wake().isEmpty, "nothing is left to fire")
            return log
        }
        let second = restart()
        let logged = second.lines("escalation").map { "\($0.metadata["case"]!)/\($0.metadata["cycle"]!)/\($0.metadata["tier"]!)" }
        #expect(logged.count == committed.count)
        #expect(Set(logged) == Set(committed.map { "\($0.caseID)/\($0.cycle)/\($0.tier.rawValue)" }))
        #expect(restart().lines("escalation").isEmpty, "a line already written and marked is written again")
    }
}
