import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// A real `casewatchd` checks API keys against its database: a key made with `casewatch keys create` is
/// accepted, none or a wrong one is a 401 problem, and a key revoked by `casewatch keys revoke` is refused
/// within a second.
@Suite(.serialized) struct DaemonAuthTests {
    @Test func theDaemonAcceptsAKeyAndRefusesItOnceRevoked() throws {
        let f = try IntakeFixture()
        let created = CommandHarness.run(["keys", "create", "crm", "--scope", "read", "--db", f.db])
        #expect(created.exitCode == 0, "\(created.err)")
        let key = created.out.trimmingCharacters(in: .newlines)
        let daemon = try DaemonProcess.start(
            ["--db", f.db, "--policies", CommandHarness.policies, "--no-deliveries", "--http", "127.0.0.1:0"],
            logPath: f.directory.path + "/daemon.log"
        )
        defer { if daemon.process.isRunning { daemon.kill9() } }
        #expect(daemon.waitForLog("serving HTTP"), "\(daemon.log)")
        let port = try #require(Self.port(in: daemon.log), "\(daemon.log)")

        let none = try PlainHTTP.get(port: port, "/v1/signoffs")
        #expect(none.status == 401 && none.body.contains(#""reason":"missing""#))
        #expect(none.header("WWW-Authenticate") == #"Bearer realm="casewatch""#)
        let wrong = try PlainHTTP.get(port: port, "/v1/signoffs", headers: ["Authorization": "Bearer cwk_1_" + String(repeating: "A", count: 43)])
        #expect(wrong.status == 401 && wrong.body.contains(#""reason":"unknown""#))
        let accepted = try PlainHTTP.get(port: port, "/v1/signoffs", headers: ["Authorization": "Bearer \(key)"])
        #expect(accepted.status == 200 && accepted.body.contains(#""items":[]"#), "\(accepted.body)")

        #expect(CommandHarness.run(["keys", "revoke", "crm", "--db", f.db]).exitCode == 0)
        let deadline = ContinuousClock.now.advanced(by: .seconds(10))
        var status = 200
        while status != 401, ContinuousClock.now < deadline {
            status = try PlainHTTP.get(port: port, "/v1/signoffs", headers: ["Authorization": "Bearer \(key)"]).status
        }
        #expect(status == 401, "the revoked key is refused")

        daemon.send(SIGTERM)
        #expect(daemon.waitForExit())
    }

    /// The port of the `serving HTTP address=127.0.0.1:<port>` line.
    static func port(in log: String) -> Int? {
        guard let range = log.range(of: "address=127.0.0.1:") else { return nil }
        return Int(log[range.upperBound...].prefix { $0.isNumber })
    }
}
