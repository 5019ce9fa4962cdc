import CaseWatchEngine
import CaseWatchTesting
import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// Exactly once under crash, with real processes: `casewatchd` on a shared simulated clock, killed with
/// SIGKILL at random moments and restarted, fires every step of the period once — the same steps, with
/// the same due instants, as a replay of the same events — and none before it fell due; and every
/// escalation recorded is in some daemon's log, even one committed just before a kill.
@Suite(.serialized) struct DaemonCrashTests {
    static let kills = 12

    @Test func aDaemonKilledAndRestartedManyTimesFiresEveryStepExactlyOnce() throws {
        var rng = SeededGenerator(seed: 0xDAE0_0005)
        let s = try DaemonCrashScenario()
        let log = { (n: Int) in s.fixture.directory.path + "/daemon-\(n).log" }
        // 240 cases before the first start (registered from two days before the period to eight days in);
        // 100 more in five batches, each ingested while a daemon runs.
        try s.ingest(s.cases(count: 240, prefix: "A", from: s.start.adding(seconds: -2 * 86_400), to: s.start.adding(seconds: 8 * 86_400), using: &rng))
        let batches = (0..<5).map { n in
            s.cases(count: 20, prefix: "B\(n)-", from: s.start, to: s.start.adding(seconds: 10 * 86_400), using: &rng)
        }
        s.anchor(inMilliseconds: 300)

        var killed = 0
        for round in 0..<Self.kills {
            let daemon = try DaemonProcess.start(s.daemonArguments, logPath: log(round))
            if round < batches.count { try s.ingest(batches[round]) }
            // The kill moment is the random variable: a third of the daemons die while starting or catching
            // up, the others after up to 1.3 s (a day and a half of simulated time) of supervising.
            let dieEarly = Int.random(in: 0..<3, using: &rng) == 0
            usleep(dieEarly ? UInt32.random(in: 2_000...60_000, using: &rng) : UInt32.random(in: 100_000...1_300_000, using: &rng))
            #expect(daemon.process.isRunning, "daemon \(round) ended by itself:\n\(daemon.log)")
            daemon.kill9()
            if daemon.wasKilled { killed += 1 }
            try s.ingest(s.midLadderReplyLines(limit: 6, using: &rng))
        }
        #expect(killed == Self.kills)
        // The kills must fall inside the supervised period for the comparison below to mean anything; on a
        // machine too slow for that, say so and skip instead of failing.
        if s.now >= s.end {
            try Test.cancel("""
                skipped: the \(Self.kills) kills outlasted the \((s.end.secondsSinceEpoch - s.start.secondsSinceEpoch) / 86_400) simulated days of the period (\(s.rate)× real time) \
                on this machine, so they did not all fall inside it
                """)
        }

        let final = try DaemonProcess.start(s.daemonArguments, logPath: log(Self.kills))
        let pid = final.process.processIdentifier
        let caughtUp = final.waitForState(timeout: .seconds(45)) {
            let record = SupervisorLock.inspect(forDatabase: s.fixture.db).record
            return record?.pid == pid && record?.state == "running" && record!.heartbeatAt >= s.end.secondsSinceEpoch
        }
        #expect(caughtUp, "the last daemon did not run past the end of the period:\n\(final.log.suffix(2_000))")
        final.send(SIGTERM)
        #expect(final.waitForExit(timeout: .seconds(20)))
        #expect(final.process.terminationReason == .exit && final.process.terminationStatus == 0, "\(final.log.suffix(2_000))")
        #expect(final.log.contains("stopped"))

        let recorded = try s.expectEscalationsMatchReplay(atLeast: 500)

        let logged = (0...Self.kills).reduce(into: Set<String>()) { keys, n in
            let text = (try? String(contentsOfFile: log(n), encoding: .utf8)) ?? ""
            keys.formUnion(text.split(separator: "\n").compactMap(Self.loggedEscalation))
        }
        let unlogged = Set(recorded.map { "\($0.caseID)/\($0.cycle)/\($0.tier.rawValue)" }).subtracting(logged)
        #expect(unlogged.isEmpty, "\(unlogged.count) escalations recorded but never logged, e.g. \(unlogged.sorted().prefix(5))")
    }

    /// `case/cycle/tier` of an escalation line of the daemon's text log, nil for any other line.
    static func loggedEscalation(_ line: Substring) -> String? {
        guard line.contains(" escalation case=") else { return nil }
        var fields: [Substring: Substring] = [:]
        for pair in line.split(separator: " ") {
            guard let equals = pair.firstIndex(of: "=") else { continue }
            fields[pair[..<equals]] = pair[pair.index(after: equals)...]
        }
        guard let caseID = fields["case"], let cycle = fields["cycle"], let tier = fields["tier"] else { return nil }
        return "\(caseID)/\(cycle)/\(tier)"
    }
}
