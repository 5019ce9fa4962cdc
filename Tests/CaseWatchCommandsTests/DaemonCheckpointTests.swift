import CaseWatchEngine
import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// `casewatchd --checkpoint-dir --checkpoint-key`: the daemon writes a signed audit checkpoint at start,
/// named by its time, that `casewatch audit verify --checkpoint` accepts; the options are checked.
@Suite struct DaemonCheckpointTests {
    @Test func theDaemonWritesASignedCheckpointAtStart() throws {
        let f = try IntakeFixture()
        let key = f.directory.path + "/audit-key.pem"
        #expect(CommandHarness.run(["audit", "keygen", "--out", key]).exitCode == 0)
        let folder = f.directory.path + "/checkpoints"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: false)
        let daemon = try DaemonProcess.start(
            ["--db", f.db, "--policies", CommandHarness.policies, "--no-deliveries", "--checkpoint-dir", folder, "--checkpoint-key", key],
            logPath: f.directory.path + "/daemon.log"
        )
        #expect(daemon.waitForLog("audit checkpoint written"), "\(daemon.log)")
        daemon.send(SIGTERM)
        #expect(daemon.waitForExit())
        #expect(daemon.process.terminationStatus == 0, "\(daemon.log)")
        let files = try FileManager.default.contentsOfDirectory(atPath: folder)
        #expect(files.count == 1 && files.allSatisfy { $0.hasPrefix("audit-checkpoint-") && $0.hasSuffix("Z.txt") }, "\(files)")
        let path = folder + "/" + (files.first ?? "")
        let verified = CommandHarness.run(["audit", "verify", "--db", f.db, "--checkpoint", path, "--public-key", key + ".pub"])
        #expect(verified.exitCode == 0, "\(verified.err)")
        #expect(verified.out.contains("consistent with the checkpoint"))
    }

    @Test func aCheckpointFolderWithoutAKeyIsRefused() throws {
        let f = try IntakeFixture()
        let daemon = try DaemonProcess.start(
            ["--db", f.db, "--policies", CommandHarness.policies, "--checkpoint-dir", f.directory.path],
            logPath: f.directory.path + "/daemon.log"
        )
        #expect(daemon.waitForExit())
        #expect(daemon.process.terminationStatus == 1)
        #expect(daemon.log.contains("--checkpoint-dir needs --checkpoint-key"), "\(daemon.log)")
    }
}
