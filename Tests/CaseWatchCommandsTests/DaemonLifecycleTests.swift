import CaseWatchCore
import CaseWatchEngine
import CaseWatchTesting
import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// `casewatchd` as a process: one daemon per database (a second refuses, a standby takes over after a
/// kill -9), SIGTERM exits 0, SIGHUP reloads the policies or keeps the old ones when the files are invalid.
@Suite(.serialized) struct DaemonLifecycleTests {
    @Test func aSecondDaemonRefusesAStandbyTakesOverAfterAKillAndSigtermExitsZero() throws {
        let f = try IntakeFixture()
        let common = ["--db", f.db, "--policies", CommandHarness.policies, "--no-deliveries"]
        let first = try DaemonProcess.start(common, logPath: f.directory.path + "/first.log")
        #expect(first.waitForLog("supervising"), "\(first.log)")

        let second = try DaemonProcess.start(common, logPath: f.directory.path + "/second.log")
        #expect(second.waitForExit())
        #expect(second.process.terminationStatus != 0)
        #expect(second.log.contains(SupervisorLock.path(forDatabase: f.db)), "\(second.log)")

        let standby = try DaemonProcess.start(common + ["--standby"], logPath: f.directory.path + "/standby.log")
        #expect(standby.waitForLog("standby: another daemon supervises this database"), "\(standby.log)")
        #expect(!standby.log.contains("supervising"))
        first.kill9()
        #expect(standby.waitForLog("supervising"), "\(standby.log)")
        #expect(SupervisorLock.inspect(forDatabase: f.db).record?.pid == standby.process.processIdentifier)

        standby.send(SIGTERM)
        #expect(standby.waitForExit())
        #expect(standby.process.terminationReason == .exit && standby.process.terminationStatus == 0, "\(standby.log)")
        #expect(standby.log.contains("stopped"))
        #expect(SupervisorLock.inspect(forDatabase: f.db).held == false)
    }

    @Test func sighupWithAnInvalidPolicyKeepsTheOldOnesAndAValidOneReloads() throws {
        let f = try IntakeFixture()
        let policies = f.directory.path + "/policies"
        try FileManager.default.copyItem(atPath: CommandHarness.policies, toPath: policies)
        let policyFile = policies + "/hotline.yaml"
        let valid = try String(contentsOfFile: policyFile, encoding: .utf8)
        // Urgent noise cases dispatched every 20 minutes from the start: a step falls due every few minutes.
        let start = "2026-10-12T00:00:00+08:00"
        let origin = try InstantParser.parse(start, zone: ZoneRules(identifier: "Asia/Shanghai")!)
        let lines = (0..<300).flatMap { n -> [String] in
            let at = InstantFormatter.format(origin.adding(seconds: Int64(n) * 1_200), offsetSeconds: 0)
            return [
                IntakeLine.json(id: "N\(n)-1", case: "N\(n)", type: "registered", at: at, fields: ["category": "environment.noise", "urgency": "urgent"]),
                IntakeLine.json(id: "N\(n)-2", case: "N\(n)", type: "dispatched", at: at, fields: ["unit": IntakeFixture.unit]),
            ]
        }
        #expect(f.run(["ingest", try f.write("noise.jsonl", lines.joined(separator: "\n"))]).exitCode == 0)
        // 1 real second is 30 simulated minutes.
        let daemon = try DaemonProcess.start([
            "--db", f.db, "--policies", policies, "--no-deliveries", "--simulate-from", start,
            "--simulate-anchor", "\(SystemClock().nanosecondsSinceEpoch())", "--simulate-rate", "1800",
        ], logPath: f.directory.path + "/daemon.log")
        defer { if daemon.process.isRunning { daemon.kill9() } }
        // The SIGHUP trap is in place before the daemon says "started", before its catch-up: a SIGHUP at
        // once must reload (here, refuse), never kill it.
        #expect(daemon.waitForLog(" started "), "\(daemon.log)")

        try "kind: policy\nversion: [\n".write(toFile: policyFile, atomically: true, encoding: .utf8)
        daemon.send(SIGHUP)
        #expect(daemon.waitForLog("reload refused; the policies in force are kept"), "\(daemon.log)")
        let refusal = daemon.log.components(separatedBy: "\n").first { $0.contains("reload refused") } ?? ""
        #expect(refusal.contains("hotline.yaml"), "the refusal should name the file: \(refusal)")
        let escalationsAtRefusal = escalationLines(daemon.log)
        #expect(daemon.waitForOutput(timeout: .seconds(20)) { escalationLines($0) > escalationsAtRefusal + 3 },
                "the daemon stopped firing after a refused reload:\n\(daemon.log.suffix(2_000))")
        #expect(daemon.process.isRunning)

        try valid.write(toFile: policyFile, atomically: true, encoding: .utf8)
        daemon.send(SIGHUP)
        #expect(daemon.waitForLog("policies reloaded"), "\(daemon.log.suffix(2_000))")
        daemon.send(SIGTERM)
        #expect(daemon.waitForExit())
        #expect(daemon.process.terminationReason == .exit && daemon.process.terminationStatus == 0, "\(daemon.log.suffix(2_000))")
    }

    /// How many escalation lines the log holds.
    func escalationLines(_ log: String) -> Int {
        log.components(separatedBy: "\n").filter { $0.contains(" escalation case=") }.count
    }
}
