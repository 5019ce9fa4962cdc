import CaseWatchEngine
import Foundation
import Testing

/// A second daemon on a supervised database is refused with the engine's typed refusal, worded by the command.
@Suite struct DaemonRefusalTests {
    @Test func aSecondDaemonIsRefusedWithTheRemedy() throws {
        let f = try SignoffFixture()
        let lock = try SupervisorLock.acquire(forDatabase: f.db)
        #expect(throws: SupervisorLock.Refusal.self) { try SupervisorLock.acquire(forDatabase: f.db) }
        let process = Process()
        process.executableURL = ChildProcess.executable.deletingLastPathComponent().appendingPathComponent("casewatchd")
        process.arguments = ["--db", f.db, "--policies", CommandHarness.policies, "--no-http"]
        let err = Pipe()
        process.standardOutput = FileHandle.nullDevice
        process.standardError = err
        try process.run()
        let text = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        withExtendedLifetime(lock) {}
        #expect(process.terminationStatus == 1)
        #expect(text.contains("another casewatchd"), "\(text)")
        #expect(text.contains("supervises this database (lock file \(SupervisorLock.path(forDatabase: f.db))); stop it first, or start this one with --standby"), "\(text)")
    }
}
