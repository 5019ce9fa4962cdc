import CaseWatchEngine
import CaseWatchTesting
import Foundation
import Testing

/// `casewatch status`: whether a daemon supervises the database, from its lock, and what waits.
@Suite struct StatusCommandTests {
    let directory: TemporaryDirectory
    let db: String

    init() throws {
        directory = try TemporaryDirectory()
        db = directory.path + "/s.sqlite"
        let result = CommandHarness.run([
            "init", "--db", db, "--seeds", CommandHarness.repositoryRoot + "/seeds", "--policies", CommandHarness.policies,
        ])
        precondition(result.exitCode == 0, result.err)
    }

    @Test func withoutADaemonItSaysSoAndCountsWhatWaits() {
        let result = CommandHarness.run(["status", "--db", db])
        #expect(result.exitCode == 0, "\(result.err)")
        #expect(result.out.contains("daemon: not running (no daemon has run on this database)"))
        #expect(result.out.contains("open cases: "))
        #expect(result.out.contains("pending steps: "))
        #expect(result.out.contains("next due: "))
    }

    @Test func aDaemonHoldingTheLockIsActiveAndAStoppedOneIsNamed() throws {
        let record = DaemonRecord(
            pid: 4242, host: "test-host", state: "running", startedAt: 1_795_000_000, heartbeatAt: 1_795_000_005,
            waiting: 7, nextDue: nil, logPosition: 9
        )
        do {
            let lock = try SupervisorLock.acquire(forDatabase: db)
            lock.publish(record)
            let text = CommandHarness.run(["status", "--db", db])
            #expect(text.out.contains("daemon: active, running (pid 4242 on test-host"), "\(text.out)")
            let json = CommandHarness.run(["status", "--db", db, "--json"])
            let object = try #require(try JSONSerialization.jsonObject(with: Data(json.out.utf8)) as? [String: Any])
            #expect(object["daemon_active"] as? Bool == true && object["daemon_pid"] as? Int == 4242)
            withExtendedLifetime(lock) {}
        }
        let after = CommandHarness.run(["status", "--db", db])
        #expect(after.out.contains("daemon: not running (the last one, pid 4242 on test-host, was killed or crashed"), "\(after.out)")
    }
}
