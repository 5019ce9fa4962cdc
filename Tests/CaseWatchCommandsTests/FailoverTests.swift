import CaseWatchEngine
import CaseWatchPostgres
import CaseWatchStore
import CaseWatchTesting
import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// Failover under load on PostgreSQL, with real processes: three `casewatchd` share one database on a
/// shared simulated clock while cases fall due; the supervising one is killed (SIGKILL) 20 times, and
/// frozen (SIGSTOP) past its lease and then resumed (SIGCONT) 10 times — the classic split brain. Each
/// time a standby takes over within the lease and catches up; a resumed former leader finds its lease
/// lost and exits without writing. At the end the escalations equal a replay's: none missing, none twice,
/// none before it fell due. Each takeover's time (from the kill or freeze to the next epoch in the
/// database) is printed with the 99th percentile (target: under the lease plus 2 seconds); each must come
/// within four leases.
@Suite(.serialized, .enabled(if: ThrowawayPostgres.unavailableReason == nil, "no PostgreSQL 13+ to start: apt-get install -y postgresql-15"))
struct FailoverTests {
    static let kills = 20
    static let freezes = 10
    static let lease: Duration = .seconds(5)

    /// Every wait here is a suspension (`Task.sleep` between looks), never a blocked thread: the scenario
    /// lasts minutes, and holding one of the cooperative pool's few threads that long starves the suites
    /// that run beside it.
    @Test func killedAndFrozenSupervisorsCostNoEscalationAndDuplicateNone() async throws {
        var rng = SeededGenerator(seed: 0xFA11_0E12)
        let server = try SharedPostgres.server()
        let database = try server.makeDatabase()
        let url = server.url(database: database.location.database)
        let location = database.location
        // Six simulated days at 2,000× real time: about 260 s of real time, longer than the 30 takeovers.
        let s = try DaemonCrashScenario(days: 6, rate: 2_000, postgres: (url, { try PostgresCaseStore.open(location) }))
        let lease = SupervisionLease(store: try PostgresCaseStore.open(location), holder: "failover-test", duration: Self.lease)
        try s.ingest(s.cases(count: 300, prefix: "A", from: s.start.adding(seconds: -86_400), to: s.start.adding(seconds: 5 * 86_400), using: &rng))
        s.anchor(inMilliseconds: 300)
        let arguments = s.daemonArguments + ["--standby", "--lease", "\(Self.lease.components.seconds)s"]
        var started = 0
        var daemons: [DaemonProcess] = []
        func startDaemon() throws {
            daemons.append(try DaemonProcess.start(arguments, logPath: s.fixture.directory.path + "/daemon-\(started).log"))
            started += 1
        }
        for _ in 0..<3 { try startDaemon() }

        /// The supervising daemon and its epoch, once one holds the lease.
        func leader(after epoch: Int64, timeout: Duration) async throws -> (daemon: DaemonProcess, epoch: Int64)? {
            let deadline = ContinuousClock.now + timeout
            while ContinuousClock.now < deadline {
                if let holding = try lease.holding(), holding.inForce, holding.epoch > epoch,
                   let pid = SupervisionLease.processID(ofHolder: holding.holder),
                   let daemon = daemons.first(where: { $0.process.processIdentifier == pid && $0.process.isRunning }) {
                    return (daemon, holding.epoch)
                }
                try await Task.sleep(for: .milliseconds(10))
            }
            return nil
        }

        var takeovers: [Duration] = []
        // The first daemons start while the whole suite loads the machine: give them time to open the store.
        var current = try #require(
            try await leader(after: 0, timeout: .seconds(180)),
            "no daemon took the lease: \(daemons.map { "pid \($0.process.processIdentifier): \($0.log.suffix(600))" })"
        )
        for round in 0..<(Self.kills + Self.freezes) {
            let freeze = round >= Self.kills
            // Let it supervise a moment (catching up, firing) before it dies or freezes.
            try await Task.sleep(for: .milliseconds(Int.random(in: 200...1_200, using: &rng)))
            let victim = current.daemon
            let stoppedAt = ContinuousClock.now
            if freeze { victim.send(SIGSTOP) } else { victim.kill9() }
            guard let next = try await leader(after: current.epoch, timeout: Self.lease * 4) else {
                Issue.record("round \(round): no standby took over within \(Self.lease * 4)")
                break
            }
            takeovers.append(ContinuousClock.now - stoppedAt)
            if freeze {
                victim.send(SIGCONT)
                #expect(try await Self.eventually(within: .seconds(30)) { !victim.process.isRunning }, "a resumed former leader must stop: \(victim.log.suffix(1_000))")
                victim.process.waitUntilExit()
                #expect(victim.log.contains("lost the supervision seat"), "round \(round): \(victim.log.suffix(1_000))")
            }
            daemons.removeAll { $0.process.processIdentifier == victim.process.processIdentifier }
            try startDaemon()
            current = next
        }
        let sorted = takeovers.sorted()
        let p99 = sorted.isEmpty ? .zero : sorted[min(sorted.count - 1, (sorted.count * 99 + 99) / 100 - 1)]
        print("failover: \(takeovers.count) takeovers (lease \(Self.lease)): "
            + takeovers.map { String(format: "%.2f", Double($0.components.attoseconds) / 1e18 + Double($0.components.seconds)) }.joined(separator: " ")
            + " s; p99 \(p99)")
        #expect(takeovers.count == Self.kills + Self.freezes)
        // The times are printed, not gated: speed is the benchmark's to measure (on a machine this suite
        // loads, one takeover among 30 has taken 10 s); each takeover must happen within four leases.
        if s.now >= s.end {
            try Test.cancel("skipped: the takeovers outlasted the simulated period on this machine, so they did not all fall inside it")
        }

        // The last leader runs past the end of the period (its heartbeat says so); then every daemon stops.
        let pid = current.daemon.process.processIdentifier
        let caughtUp = try await Self.eventually(within: .seconds(400)) {
            let members = (try? lease.members(within: .seconds(60))) ?? []
            return members.contains { member in
                guard let text = member.record, let record = try? JSONDecoder().decode(DaemonRecord.self, from: Data(text.utf8)) else { return false }
                return record.pid == pid && record.state == "running" && record.heartbeatAt >= s.end.secondsSinceEpoch
            }
        }
        #expect(caughtUp, "the last leader did not run past the end of the period:\n\(current.daemon.log.suffix(2_000))")
        for daemon in daemons where daemon.process.isRunning { daemon.send(SIGTERM) }
        _ = try await Self.eventually(within: .seconds(30)) { daemons.allSatisfy { !$0.process.isRunning } }

        try s.expectEscalationsMatchReplay(atLeast: 300)
    }

    /// Whether `condition` holds within `within`, looked at every 100 ms (suspending between looks).
    static func eventually(within: Duration, _ condition: () -> Bool) async throws -> Bool {
        let deadline = ContinuousClock.now + within
        while !condition() {
            guard ContinuousClock.now < deadline else { return condition() }
            try await Task.sleep(for: .milliseconds(100))
        }
        return true
    }
}
