import BenchSupport
@_spi(Testing) import CaseWatchPostgres
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Failover of release `casewatchd` processes on one PostgreSQL database: three daemons with a lease of
/// `lease`; the supervising one is killed (SIGKILL) `kills` times and frozen past its lease (SIGSTOP, then
/// SIGCONT once a standby leads) `freezes` times, a new standby started after each. A takeover's time runs
/// from the signal to the next epoch in the database, held by a running daemon.
struct BackendFailover {
    let daemon: String
    let policies: String
    let url: String
    let folder: String
    let lease: Duration
    let kills: Int
    let freezes: Int

    /// Each takeover's time, in the order they happened.
    func run() throws -> [Duration] {
        let location = try PostgresLocation(parsing: url, environment: [:])
        let lease = SupervisionLease(store: try PostgresCaseStore.open(location), holder: "backend-bench", duration: lease)
        var daemons: [Process] = []
        var logPaths: [Int32: String] = [:]
        var restarts = 0
        var started = 0
        func start() throws {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: daemon)
            process.arguments = [
                "--db", url, "--policies", policies, "--standby", "--lease", "\(self.lease.components.seconds)s",
                "--no-deliveries", "--no-http", "--log-format", "json",
            ]
            let path = "\(folder)/daemon-\(started).log"
            _ = FileManager.default.createFile(atPath: path, contents: nil)
            let log = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
            process.standardOutput = log
            process.standardError = log
            try process.run()
            logPaths[process.processIdentifier] = path
            daemons.append(process)
            started += 1
        }
        defer {
            for process in daemons where process.isRunning {
                kill(process.processIdentifier, SIGCONT)
                process.terminate()
                process.waitUntilExit()
            }
        }
        /// The leading daemon and its epoch, once a running one holds an epoch after `epoch`.
        func leader(after epoch: Int64, within: Duration) throws -> (process: Process, epoch: Int64) {
            let deadline = ContinuousClock.now + within
            while ContinuousClock.now < deadline {
                try replaceExited()
                if let holding = try lease.holding(), holding.inForce, holding.epoch > epoch,
                   let pid = SupervisionLease.processID(ofHolder: holding.holder),
                   let process = daemons.first(where: { $0.processIdentifier == pid && $0.isRunning }) {
                    return (process, holding.epoch)
                }
                Thread.sleep(forTimeInterval: 0.005)
            }
            let activity = (try? lease.store.textRowsForTesting("""
                SELECT pid::text, state, wait_event_type, wait_event, left(query, 100), (clock_timestamp() - xact_start)::text
                FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()
                """)) ?? []
            let logs = daemons.map { "pid \($0.processIdentifier) running \($0.isRunning):\n" + ((try? String(contentsOfFile: logPaths[$0.processIdentifier] ?? "", encoding: .utf8)) ?? "").suffix(1_500) }
            throw BenchFailure("no daemon took the lease within \(within); sessions: \(activity.map { $0.map { $0 ?? "-" }.joined(separator: " | ") }.joined(separator: "\n"))\n\(logs.joined(separator: "\n"))")
        }
        /// Starts a daemon for each that exited, as systemd's `Restart=always` does, so that three run.
        func replaceExited() throws {
            let exited = daemons.filter { !$0.isRunning }
            guard !exited.isEmpty else { return }
            daemons.removeAll { !$0.isRunning }
            restarts += exited.count
            for _ in exited { try start() }
        }
        for _ in 0..<3 { try start() }
        var current = try leader(after: 0, within: .seconds(120))
        var takeovers: [Duration] = []
        for round in 0..<(kills + freezes) {
            let freeze = round >= kills
            Thread.sleep(forTimeInterval: 0.5 + Double(round % 4) * 0.25)
            let victim = current.process
            let signalled = ContinuousClock.now
            kill(victim.processIdentifier, freeze ? SIGSTOP : SIGKILL)
            let next = try leader(after: current.epoch, within: self.lease * 6)
            takeovers.append(ContinuousClock.now - signalled)
            print("round \(round) (\(freeze ? "SIGSTOP" : "SIGKILL")): epoch \(next.epoch) after \(takeovers.last!)")
            if freeze { kill(victim.processIdentifier, SIGCONT) }
            victim.waitUntilExit()
            if freeze, victim.terminationStatus == 0 {
                throw BenchFailure("a resumed former leader exited 0 instead of on its lost lease; logs in \(folder)")
            }
            current = next
            try replaceExited()
        }
        // The victims are restarted too; any other restart is a daemon that lost its lease without a signal.
        print("daemons restarted: \(restarts) (\(kills + freezes) of them the signalled leaders)")
        return takeovers
    }
}
