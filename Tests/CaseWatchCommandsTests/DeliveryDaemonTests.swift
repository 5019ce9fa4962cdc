import CaseWatchCore
import CaseWatchEngine
import CaseWatchStore
import CaseWatchTesting
import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// Deliveries in a real `casewatchd`, its notify.yaml routing every notice to local receivers on 127.0.0.1:
/// a case falling due reaches the receiver; a SIGHUP with a broken notify.yaml keeps the old routing (and says
/// why) while a valid one replaces it; `--no-deliveries` sends nothing and leaves the notices in the outbox;
/// of two daemons only the one holding the lock delivers.
@Suite(.serialized, .timeLimit(.minutes(5))) struct DeliveryDaemonTests {
    static let start = "2026-10-12T00:00:00+08:00"

    /// A database with urgent noise cases registered and dispatched every 20 simulated minutes from the start
    /// (a step falls due every few simulated minutes), and a copy of the shipped policies routing to `url`.
    struct Scenario {
        let fixture: IntakeFixture
        let policies: String

        init(url: String) throws {
            fixture = try IntakeFixture()
            policies = try fixture.copyOfPolicies().directory
            try Self.notifyYAML(receiver: "centre", url: url).write(toFile: policies + "/notify.yaml", atomically: true, encoding: .utf8)
            let origin = try InstantParser.parse(DeliveryDaemonTests.start, zone: ZoneRules(identifier: "Asia/Shanghai")!)
            let lines = (0..<300).flatMap { n -> [String] in
                let at = InstantFormatter.format(origin.adding(seconds: Int64(n) * 1_200), offsetSeconds: 0)
                return [
                    IntakeLine.json(id: "N\(n)-1", case: "N\(n)", type: "registered", at: at, fields: ["category": "environment.noise", "urgency": "urgent"]),
                    IntakeLine.json(id: "N\(n)-2", case: "N\(n)", type: "dispatched", at: at, fields: ["unit": IntakeFixture.unit]),
                ]
            }
            let result = fixture.run(["ingest", try fixture.write("noise.jsonl", lines.joined(separator: "\n"))])
            guard result.exitCode == 0 else { throw FixtureFailure(message: result.err) }
        }

        static func notifyYAML(receiver: String, url: String) -> String {
            """
            kind: notify
            receivers:
              - name: \(receiver)
                channel: webhook
                url: \(url)
                max_age: 720h
                timeout: 5s
            routes:
              - receivers: [\(receiver)]
            """
        }

        /// Writes `text` as the copy's notify.yaml.
        func writeNotify(_ text: String) throws {
            try text.write(toFile: policies + "/notify.yaml", atomically: true, encoding: .utf8)
        }

        /// Starts `casewatchd` on a simulated clock (1 real second is 30 simulated minutes) with `extra` options.
        func daemon(_ extra: [String] = [], log name: String = "daemon") throws -> DaemonProcess {
            try DaemonProcess.start([
                "--db", fixture.db, "--policies", policies, "--simulate-from", DeliveryDaemonTests.start,
                "--simulate-anchor", "\(SystemClock().nanosecondsSinceEpoch())", "--simulate-rate", "1800",
            ] + extra, logPath: fixture.directory.path + "/\(name).log")
        }

        /// The store's deliveries.
        func deliveries() throws -> [StoredDelivery] {
            try SQLiteCaseStore.open(at: fixture.db).read { try $0.deliveries(limit: 1_000_000) }
        }
    }

    /// Waits (re-checking at each line of output, at least every 50 ms) until `receiver` has `count` requests.
    private func arrivals(_ receiver: LocalReceiver, _ count: Int, from daemon: DaemonProcess, timeout: Duration = .seconds(60)) -> Bool {
        daemon.waitForState(timeout: timeout) { receiver.requests.count >= count }
    }

    private func escalationLines(_ log: String) -> Int {
        log.components(separatedBy: "\n").filter { $0.contains(" escalation case=") }.count
    }

    private func stop(_ daemon: DaemonProcess) {
        daemon.send(SIGTERM)
        #expect(daemon.waitForExit(), "\(daemon.log.suffix(2_000))")
        #expect(daemon.process.terminationReason == .exit && daemon.process.terminationStatus == 0, "\(daemon.log.suffix(2_000))")
    }

    @Test func aCaseFallingDueIsDeliveredAndRecordedSent() async throws {
        let receiver = try await LocalReceiver.start()
        defer { Task { try? await receiver.shutdown() } }
        let scenario = try Scenario(url: receiver.url())
        let daemon = try scenario.daemon()
        defer { if daemon.process.isRunning { daemon.kill9() } }

        #expect(arrivals(receiver, 1, from: daemon), "nothing arrived:\n\(daemon.log.suffix(2_000))")
        let key = try #require(receiver.requests.first?.header("X-CaseWatch-Delivery"))
        #expect(daemon.waitForState { ((try? scenario.deliveries()) ?? []).contains { $0.idempotencyKey == key && $0.status == .sent } },
                "the delivery that arrived is not recorded sent")
        let body = receiver.requests[0].text
        #expect(body.contains("casewatch.delivery.v1") && body.contains("\"N"), "\(body)")
        stop(daemon)
    }

    @Test func aSighupWithABrokenNotifyFileKeepsTheOldRoutingAndAValidOneReplacesIt() async throws {
        let old = try await LocalReceiver.start()
        let new = try await LocalReceiver.start()
        defer { Task { try? await old.shutdown(); try? await new.shutdown() } }
        let scenario = try Scenario(url: old.url())
        let daemon = try scenario.daemon()
        defer { if daemon.process.isRunning { daemon.kill9() } }
        #expect(arrivals(old, 1, from: daemon), "nothing arrived:\n\(daemon.log.suffix(2_000))")

        // A route to a receiver nobody defined: the reload is refused, with the file and the name.
        try scenario.writeNotify("""
            kind: notify
            receivers:
              - name: centre
                channel: webhook
                url: \(new.url())
            routes:
              - receivers: [nobody]
            """)
        daemon.send(SIGHUP)
        #expect(daemon.waitForLog("reload refused; the policies in force are kept"), "\(daemon.log.suffix(2_000))")
        let refusal = daemon.log.components(separatedBy: "\n").first { $0.contains("reload refused") } ?? ""
        #expect(refusal.contains("notify.yaml") && refusal.contains("unknown receiver 'nobody'"), "the refusal should say why: \(refusal)")
        let atRefusal = old.requests.count
        #expect(arrivals(old, atRefusal + 3, from: daemon), "escalations stopped reaching the old receiver:\n\(daemon.log.suffix(2_000))")
        #expect(new.requests.isEmpty, "the refused file's url was used")

        // A valid file: later notices reach the new receiver.
        try scenario.writeNotify(Scenario.notifyYAML(receiver: "centre", url: new.url()))
        daemon.send(SIGHUP)
        #expect(daemon.waitForLog("policies reloaded"), "\(daemon.log.suffix(2_000))")
        #expect(arrivals(new, 2, from: daemon), "nothing reached the new receiver after the reload:\n\(daemon.log.suffix(2_000))")
        stop(daemon)
    }

    @Test func noDeliveriesSendsNothingAndLeavesTheNoticesInTheOutbox() async throws {
        let receiver = try await LocalReceiver.start()
        defer { Task { try? await receiver.shutdown() } }
        let scenario = try Scenario(url: receiver.url())
        let daemon = try scenario.daemon(["--no-deliveries"])
        defer { if daemon.process.isRunning { daemon.kill9() } }
        #expect(daemon.waitForLog(" started "), "\(daemon.log)")
        let atStart = escalationLines(daemon.log)
        // Escalations go on firing for a while (each one, with deliveries on, reaches the receiver in milliseconds).
        #expect(daemon.waitForOutput(timeout: .seconds(30)) { escalationLines($0) > atStart + 5 }, "\(daemon.log.suffix(2_000))")
        stop(daemon)

        #expect(receiver.requests.isEmpty, "--no-deliveries sent \(receiver.requests.count) messages")
        let store = try SQLiteCaseStore.open(at: scenario.fixture.db)
        let (unrouted, deliveries) = try store.read { (try $0.unroutedNoticeCount(), try $0.deliveries(limit: 10)) }
        #expect(unrouted > 5, "the notices should wait in the outbox: \(unrouted)")
        #expect(deliveries.isEmpty)
    }

    @Test func ofTwoDaemonsOnlyTheOneHoldingTheLockDelivers() async throws {
        let receiver = try await LocalReceiver.start()
        defer { Task { try? await receiver.shutdown() } }
        let scenario = try Scenario(url: receiver.url())
        let first = try scenario.daemon(["--standby"], log: "first")
        defer { if first.process.isRunning { first.kill9() } }
        #expect(first.waitForLog(" started "), "\(first.log)")
        let second = try scenario.daemon(["--standby"], log: "second")
        defer { if second.process.isRunning { second.kill9() } }
        #expect(second.waitForLog("standby: another daemon supervises"), "\(second.log)")

        let whileBoth = receiver.requests.count + 10
        #expect(arrivals(receiver, whileBoth, from: first), "\(first.log.suffix(2_000))")
        let keys = receiver.requests.compactMap { $0.header("X-CaseWatch-Delivery") }
        #expect(keys.count == Set(keys).count, "a message arrived twice while both daemons ran")
        #expect(!second.log.contains("delivery dispatcher started") && !second.log.contains("delivery sent"), "the standby delivered:\n\(second.log)")
        #expect(second.process.isRunning)

        // The active one ends gracefully: the standby takes over and delivers what falls due from then on.
        stop(first)
        let atTakeover = receiver.requests.count
        #expect(second.waitForLog("delivery dispatcher started"), "\(second.log.suffix(2_000))")
        // A standby that takes over after a graceful stop keeps a working store: it never closes a descriptor of
        // the database (closing one drops the process's SQLite locks, and the exiting daemon then removed the
        // -wal and -shm files under it: "disk I/O error" on every store operation).
        #expect(arrivals(receiver, atTakeover + 3, from: second, timeout: .seconds(20)),
                "the standby did not deliver after taking over:\n\(second.log.suffix(1_500))")
        #expect(!second.log.contains("disk I/O error"), "\(second.log.suffix(1_500))")
        stop(second)
        let stored = Set(try scenario.deliveries().map(\.idempotencyKey))
        #expect(Set(receiver.requests.compactMap { $0.header("X-CaseWatch-Delivery") }).isSubset(of: stored))
    }
}

/// A reload that adds or removes notify.yaml changes nothing about deliveries until a restart, and says so.
@Suite(.timeLimit(.minutes(3))) struct DeliveryReloadWordingTests {
    @Test func aNotifyFileAddedOrRemovedByAReloadIsSaidToNeedARestart() async throws {
        let receiver = try await LocalReceiver.start()
        defer { Task { try? await receiver.shutdown() } }
        let scenario = try DeliveryDaemonTests.Scenario(url: receiver.url())
        let notify = try String(contentsOfFile: scenario.policies + "/notify.yaml", encoding: .utf8)
        try FileManager.default.removeItem(atPath: scenario.policies + "/notify.yaml")

        // Started without routing: adding it and reloading starts nothing, and the log says to restart.
        let daemon = try scenario.daemon(log: "without")
        defer { if daemon.process.isRunning { daemon.kill9() } }
        #expect(daemon.waitForLog(" started "), "\(daemon.log)")
        try scenario.writeNotify(notify)
        daemon.send(SIGHUP)
        #expect(daemon.waitForLog("notify.yaml is new since the daemon started; restart the daemon"), "\(daemon.log.suffix(2_000))")
        #expect(!daemon.log.contains("delivery dispatcher started"))
        daemon.send(SIGTERM)
        #expect(daemon.waitForExit())

        // Started with routing: removing it and reloading keeps the routing in force, and the log says so.
        let second = try scenario.daemon(log: "with")
        defer { if second.process.isRunning { second.kill9() } }
        #expect(second.waitForLog("delivery dispatcher started"), "\(second.log)")
        try FileManager.default.removeItem(atPath: scenario.policies + "/notify.yaml")
        second.send(SIGHUP)
        #expect(second.waitForLog("the reloaded policies have no notify.yaml; deliveries keep the routing in force"), "\(second.log.suffix(2_000))")
        let atReload = receiver.requests.count
        #expect(second.waitForState(timeout: .seconds(60)) { receiver.requests.count >= atReload + 2 }, "\(second.log.suffix(2_000))")
        second.send(SIGTERM)
        #expect(second.waitForExit())
    }
}

/// `casewatchd` refusing to start once deliveries are configured: a clear message and exit 1, never a crash
/// over an HTTP client made before the refusal.
@Suite struct DeliveryStartRefusalTests {
    @Test func aMissingRosterOrACheckpointFolderWithoutAKeyIsRefusedWithExitOne() throws {
        let scenario = try DeliveryDaemonTests.Scenario(url: "http://127.0.0.1:9/hook")
        let roster = scenario.fixture.directory.path + "/no-such-leaders.yaml"
        let refusals: [(arguments: [String], message: String)] = [
            (["--roster", roster], "--roster \(roster)"),
            (["--checkpoint-dir", scenario.fixture.directory.path], "--checkpoint-dir needs --checkpoint-key"),
        ]
        for (n, refusal) in refusals.enumerated() {
            let daemon = try scenario.daemon(refusal.arguments, log: "refused-\(n)")
            defer { if daemon.process.isRunning { daemon.kill9() } }
            // The whole refusal is read (up to the end of the output), not what had arrived when the process ended.
            #expect(daemon.waitForLog(refusal.message), "\(daemon.log)")
            #expect(daemon.waitForExit())
            #expect(daemon.process.terminationReason == .exit && daemon.process.terminationStatus == 1, "\(daemon.log)")
            #expect(!daemon.log.contains("Fatal error"), "\(daemon.log)")
        }
    }
}
