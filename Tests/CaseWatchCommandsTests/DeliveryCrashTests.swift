import CaseWatchCore
import CaseWatchStore
import CaseWatchTesting
import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// The outbox under crash, with real processes: `casewatchd` delivering every escalation to a local webhook
/// receiver is killed with SIGKILL at random moments and restarted; after the last start every delivery the
/// store holds has arrived, nothing arrived that the store does not hold, and a message arrived twice only
/// for an attempt in flight at a kill, under the same idempotency key.
@Suite(.serialized) struct DeliveryCrashTests {
    static let kills = 20
    /// Simulated seconds per real second: a kill every 0.1–1.2 s lets 7–80 simulated minutes pass.
    static let rate: Int64 = 4_000

    @Test func everyDeliveryArrivesAcrossKillsAndDuplicatesKeepTheirKey() async throws {
        var rng = SeededGenerator(seed: 0xDE11_0012)
        let receiver = try await LocalReceiver.start()
        defer { Task { try? await receiver.shutdown() } }
        let fixture = try IntakeFixture()
        let policies = try fixture.copyOfPolicies().directory
        try DeliveryCrashScenario.notifyYAML(url: receiver.url()).write(toFile: policies + "/notify.yaml", atomically: true, encoding: .utf8)
        let scenario = try DeliveryCrashScenario(fixture: fixture, policies: policies, rate: Self.rate)
        try scenario.ingestUrgentCases(count: 150, using: &rng)
        scenario.anchor(inMilliseconds: 300)
        let log = { (n: Int) in fixture.directory.path + "/daemon-\(n).log" }

        var killed = 0
        for round in 0..<Self.kills {
            let daemon = try DaemonProcess.start(scenario.daemonArguments, logPath: log(round))
            usleep(UInt32.random(in: 100_000...1_200_000, using: &rng))
            #expect(daemon.process.isRunning, "daemon \(round) ended by itself:\n\(daemon.log.suffix(2_000))")
            daemon.kill9()
            if daemon.wasKilled { killed += 1 }
        }
        #expect(killed == Self.kills)

        let end = scenario.now.adding(seconds: 600)
        let final = try DaemonProcess.start(scenario.daemonArguments, logPath: log(Self.kills))
        let drained = final.waitForState(timeout: .seconds(60)) {
            scenario.now >= end && ((try? scenario.outboxIsDrained()) ?? false)
        }
        #expect(drained, "the outbox did not drain after the last start:\n\(final.log.suffix(2_000))")
        final.send(SIGTERM)
        #expect(final.waitForExit(timeout: .seconds(20)))

        let stored = try scenario.deliveries()
        let escalations = try scenario.escalationCount()
        #expect(escalations > 100, "the scenario should escalate plenty: \(escalations)")
        #expect(stored.count >= escalations, "every escalation is told: \(stored.count) deliveries for \(escalations) escalations")
        let unsent = stored.filter { $0.status != .sent }
        #expect(unsent.isEmpty, "\(unsent.count) deliveries not sent, e.g. \(unsent.prefix(3).map { "\($0.id) \($0.status) \($0.lastError ?? "")" })")

        let received = receiver.requests.compactMap { $0.header("X-CaseWatch-Delivery") }
        let counts = Dictionary(received.map { ($0, 1) }, uniquingKeysWith: +)
        let storedKeys = Set(stored.map(\.idempotencyKey))
        let missing = storedKeys.subtracting(counts.keys)
        let foreign = Set(counts.keys).subtracting(storedKeys)
        #expect(missing.isEmpty, "\(missing.count) deliveries never arrived, e.g. \(missing.sorted().prefix(3))")
        #expect(foreign.isEmpty, "\(foreign.count) messages arrived that the store does not hold, e.g. \(foreign.sorted().prefix(3))")
        let duplicates = counts.values.filter { $0 > 1 }.reduce(0) { $0 + $1 - 1 }
        print("""
            delivery crash test: \(Self.kills) kills, \(escalations) escalations, \(stored.count) deliveries, \
            \(received.count) messages received, \(duplicates) duplicates (each under its delivery's own key)
            """)
        #expect(duplicates <= Self.kills * 2, "more duplicates than attempts in flight at the kills could make: \(duplicates)")
    }
}
