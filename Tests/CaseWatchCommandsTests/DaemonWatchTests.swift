import CaseWatchCore
import CaseWatchEngine
import CaseWatchTesting
import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// A daemon with its default settings (the store's writes watched: the database's files by inotify, a
/// PostgreSQL store by LISTEN/NOTIFY; no periodic read of the log to speak of) picks up what another process
/// appends at once: `casewatch ingest` of a case whose first step is long overdue, as a real child process,
/// is escalated well within the 900 ms of the periodic read.
@Suite(.serialized) struct DaemonWatchTests {
    @Test(arguments: StoreBackend.allCases)
    func anEventAnotherProcessAppendsIsEscalatedWellBeforeThePeriodicReadWouldHaveFoundIt(_ backend: StoreBackend) throws {
        var database: ScratchDatabase?
        if backend == .postgres {
            if let reason = ThrowawayPostgres.unavailableReason { try Test.cancel("PostgreSQL: \(reason)") }
            database = try SharedPostgres.server().makeDatabase()
        }
        let f = try IntakeFixture(database: try database.map { try SharedPostgres.server().url(database: $0.location.database) })
        let daemon = try DaemonProcess.start(["--db", f.db, "--policies", CommandHarness.policies, "--no-deliveries"], logPath: f.directory.path + "/daemon.log")
        defer { if daemon.process.isRunning { daemon.kill9() } }
        #expect(daemon.waitForLog("supervising"), "\(daemon.log)")
        #expect(!daemon.log.contains("cannot watch the store's writes"), "\(daemon.log)")

        var figures: [Duration] = []
        for n in 0..<3 {
            // An urgent noise case (round-the-clock ladder) dispatched two days ago: its first step is overdue.
            let at = SystemClock().now.adding(seconds: -2 * 86_400)
            let lines = [
                IntakeLine.json(id: "WATCH\(n)-1", case: "WATCH\(n)", type: "registered", at: at, fields: ["category": "environment.noise", "urgency": "urgent"]),
                IntakeLine.json(id: "WATCH\(n)-2", case: "WATCH\(n)", type: "dispatched", at: at.adding(seconds: 60), fields: ["unit": IntakeFixture.unit]),
            ]
            let file = try f.write("watch-\(n).jsonl", lines.joined(separator: "\n"))
            let status = try ChildProcess.run(["ingest", file, "--db", f.db, "--policies", CommandHarness.policies])
            #expect(status == 0)
            let ingested = ContinuousClock.now
            #expect(daemon.waitForLog(" escalation case=WATCH\(n) ", timeout: .seconds(10)), "\(daemon.log.suffix(2_000))")
            figures.append(ContinuousClock.now - ingested)
        }
        print("ingest exit → escalation line: \(figures.map { "\($0.components.attoseconds / 1_000_000_000_000_000 + $0.components.seconds * 1_000) ms" })")
        for figure in figures {
            #expect(figure < .milliseconds(500), "the escalation came \(figure) after the ingest's end: the watch did not wake the daemon")
        }
        daemon.send(SIGTERM)
        #expect(daemon.waitForExit())
        withExtendedLifetime(database) {}
    }
}
