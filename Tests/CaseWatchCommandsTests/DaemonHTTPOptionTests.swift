import Foundation
import Testing

/// The daemon refuses to serve plain HTTP where other machines could reach it, and says how to fix each
/// wrong combination of the HTTP options, before it opens anything.
@Suite struct DaemonHTTPOptionTests {
    @Test(arguments: [
        (["--http", "0.0.0.0:0"], "needs TLS"),
        (["--http", "127.0.0.1"], "write host:port"),
        (["--http", "127.0.0.1:0", "--tls-cert", "cert.pem"], "go together"),
        (["--http", "0.0.0.0:0", "--tls-cert", "/nonexistent/cert.pem", "--tls-key", "/nonexistent/key.pem"], "cannot be used"),
    ])
    func wrongHTTPOptionsAreRefusedWithTheFix(options: [String], expected: String) throws {
        let f = try IntakeFixture()
        let process = Process()
        process.executableURL = ChildProcess.executable.deletingLastPathComponent().appendingPathComponent("casewatchd")
        process.arguments = ["--db", f.db, "--policies", CommandHarness.policies, "--no-deliveries"] + options
        let err = Pipe()
        process.standardOutput = FileHandle.nullDevice
        process.standardError = err
        try process.run()
        let text = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus != 0)
        #expect(text.contains(expected), "\(text)")
    }
}
