import CaseWatchTesting
import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// The wall and the escalation routes in a real `casewatchd`: the page answers without a credential, the
/// feeds refuse a request without one, and SIGTERM stops the daemon while a client holds a connection.
@Suite struct WallDaemonTests {
    @Test func theDaemonServesTheWallAndGuardsItsFeeds() async throws {
        let f = try IntakeFixture()
        let daemon = try DaemonProcess.start(
            ["--db", f.db, "--policies", CommandHarness.policies, "--no-deliveries", "--http", "127.0.0.1:0"],
            logPath: f.directory.path + "/daemon.log"
        )
        defer { if daemon.process.isRunning { daemon.kill9() } }
        #expect(daemon.waitForLog("serving HTTP"), "\(daemon.log)")
        let port = try #require(
            daemon.log.firstMatch(of: /serving HTTP address=127\.0\.0\.1:(\d+)/).flatMap { Int($0.1) }, "\(daemon.log)"
        )
        // A failure here shows the daemon's log (a connection the daemon closed says why there).
        let idle: EventStreamClient
        do {
            let page = try await EventStreamClient.connect(port: port, path: "/")
            #expect(page.status == 200)
            #expect(page.headers["content-type"] == "text/html; charset=utf-8")
            #expect(await page.readToEnd().contains("12345热线督办大屏"))
            for path in ["/v1/wall/stream?access_token=nobody", "/v1/escalations/stream", "/v1/escalations"] {
                let refused = try await EventStreamClient.connect(port: port, path: path)
                #expect(refused.status == 401, "\(path)")
                #expect(await refused.readToEnd().contains("urn:casewatch:problem:unauthenticated"))
            }
            idle = try await EventStreamClient.connect(port: port, path: "/healthz")
        } catch {
            Issue.record("\(error)\n\(daemon.log)")
            return
        }
        daemon.send(SIGTERM)
        #expect(daemon.waitForExit())
        #expect(daemon.process.terminationStatus == 0, "\(daemon.log)")
        await idle.close()
    }
}
