import CaseWatchEngine
import CaseWatchStore
import CaseWatchTesting
import Foundation
import Testing

/// One daemon per database whatever happens to the files beside it: removing the record file lets no
/// second daemon in, and a symbolic link planted at its path (or at the log mark's) is refused, never
/// followed.
@Suite struct SupervisorLockTests {
    let directory: TemporaryDirectory
    let db: String

    init() throws {
        directory = try TemporaryDirectory()
        db = directory.path + "/live.sqlite"
        _ = try SQLiteCaseStore.create(at: db)
    }

    @Test func removingTheRecordFileLetsNoSecondDaemonInAndTheHolderMakesItAgain() throws {
        let lock = try SupervisorLock.acquire(forDatabase: db)
        try FileManager.default.removeItem(atPath: lock.path)
        #expect(throws: SupervisorLock.Refusal.self) { try SupervisorLock.acquire(forDatabase: db) }
        #expect(SupervisorLock.inspect(forDatabase: db).held)

        lock.publish(DaemonRecord(pid: 7, host: "h", state: "running", startedAt: 1, heartbeatAt: 2, waiting: 0, nextDue: nil, logPosition: 0))
        #expect(SupervisorLock.inspect(forDatabase: db).record?.pid == 7)
    }

    @Test func aSymbolicLinkAtTheRecordFileIsRefusedAndItsTargetUntouched() throws {
        let victim = directory.path + "/victim.txt"
        try "keep me".write(toFile: victim, atomically: true, encoding: .utf8)
        try FileManager.default.createSymbolicLink(atPath: SupervisorLock.path(forDatabase: db), withDestinationPath: victim)
        do {
            _ = try SupervisorLock.acquire(forDatabase: db)
            Issue.record("the lock followed a symbolic link")
        } catch {
            #expect("\(error)".contains("symbolic link"), "\(error)")
        }
        #expect(try String(contentsOfFile: victim, encoding: .utf8) == "keep me")
        #expect(SupervisorLock.inspect(forDatabase: db).held == false, "a refused start keeps no lock")
    }

    @Test func aSymbolicLinkAtTheLogMarkIsRefused() throws {
        let victim = directory.path + "/victim.txt"
        try "keep me".write(toFile: victim, atomically: true, encoding: .utf8)
        try FileManager.default.createSymbolicLink(atPath: EscalationLogMark.path(forDatabase: db), withDestinationPath: victim)
        #expect(throws: SupervisorLock.Refusal.self) { try EscalationLogMark.open(forDatabase: db) }
        #expect(try String(contentsOfFile: victim, encoding: .utf8) == "keep me")
    }
}
