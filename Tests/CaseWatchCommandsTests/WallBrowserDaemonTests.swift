import CaseWatchCore
import CaseWatchEngine
import CaseWatchTesting
import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// The wall in headless Chromium against a real `casewatchd`: the page opened with a read key created by
/// `casewatch keys create`, a case due two seconds later ingested by `casewatch ingest`, its escalation on
/// the page without a reload. Skipped when Chromium is not installed (`apt-get install -y chromium`).
@Suite(.enabled(if: HeadlessChromium.executable != nil, "Chromium is not installed: apt-get install -y chromium"))
struct WallBrowserDaemonTests {
    @Test func anEscalationFiringAfterThePageOpenedAppearsOnItWithoutAReload() throws {
        let f = try IntakeFixture()
        let created = CommandHarness.run(["keys", "create", "wall", "--scope", "read", "--db", f.db])
        #expect(created.exitCode == 0, "\(created.err)")
        let key = created.out.trimmingCharacters(in: .whitespacesAndNewlines)
        let daemon = try DaemonProcess.start(
            ["--db", f.db, "--policies", CommandHarness.policies, "--no-deliveries", "--http", "127.0.0.1:0", "--tick", "10ms"],
            logPath: f.directory.path + "/daemon.log"
        )
        defer { if daemon.process.isRunning { daemon.kill9() } }
        #expect(daemon.waitForLog("serving HTTP"), "\(daemon.log)")
        let port = try #require(daemon.log.firstMatch(of: /serving HTTP address=127\.0\.0\.1:(\d+)/).flatMap { Int($0.1) })
        let profile = try TemporaryDirectory()
        let (browser, output) = try HeadlessChromium.start("http://127.0.0.1:\(port)/#key=\(key)", arguments: ["--dump-dom"], profile: profile.path)
        defer { if browser.isRunning { browser.terminate() } }
        // The page is loaded and follows the wall's stream.
        #expect(daemon.waitForLog("event stream opened"), "\(daemon.log)")
        let now = SystemClock().now
        let due = InstantFormatter.format(now.adding(seconds: 2), offsetSeconds: 0)
        let lines = [
            IntakeLine.json(id: "W1-1", case: "W1", type: "registered", at: now, fields: ["category": "environment.noise", "urgency": "urgent"]),
            IntakeLine.json(id: "W1-2", case: "W1", type: "dispatched", at: now, fields: ["unit": "cc.nanguan.ziqiang.dongling", "resolve_by": due]),
        ]
        let ingested = f.run(["ingest", try f.write("w1.jsonl", lines.joined(separator: "\n"))])
        #expect(ingested.exitCode == 0, "\(ingested.err)")
        #expect(daemon.waitForOutput { $0.contains("case=W1") && $0.contains("tier=overdue") }, "\(daemon.log)")
        // SIGTERM ends the daemon's streams: the page then settles and Chromium prints its DOM.
        daemon.send(SIGTERM)
        #expect(daemon.waitForExit())
        let dom = HeadlessChromium.output(of: browser, output)
        #expect(dom.contains("data-case=\"W1\" data-tier=\"overdue\""), "\(dom.prefix(3000))")
        #expect(dom.contains("<li class=\"fresh\" data-id="), "it arrived as a live event, not with a summary")
        withExtendedLifetime(profile) {}
    }
}
