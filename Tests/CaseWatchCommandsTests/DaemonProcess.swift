import CaseWatchEngine
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A real `casewatchd` child process whose standard output and error go to a log file the test polls.
struct DaemonProcess {
    let process: Process
    let logPath: String

    /// The `casewatchd` executable beside the test bundle.
    static var executable: URL {
        ChildProcess.executable.deletingLastPathComponent().appendingPathComponent("casewatchd")
    }

    /// Starts `casewatchd` with `arguments`, its output (both streams) written to `logPath`.
    static func start(_ arguments: [String], logPath: String) throws -> DaemonProcess {
        _ = FileManager.default.createFile(atPath: logPath, contents: nil)
        let log = try FileHandle(forWritingTo: URL(fileURLWithPath: logPath))
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.standardOutput = log
        process.standardError = log
        try process.run()
        try log.close()
        return DaemonProcess(process: process, logPath: logPath)
    }

    /// What the daemon has written so far.
    var log: String { (try? String(contentsOfFile: logPath, encoding: .utf8)) ?? "" }

    /// Polls (every 10 ms, up to `timeout`) until `condition` holds; returns whether it did.
    static func poll(timeout: Duration = .seconds(30), _ condition: () throws -> Bool) rethrows -> Bool {
        let deadline = ContinuousClock.now + timeout
        while ContinuousClock.now < deadline {
            if try condition() { return true }
            usleep(10_000)
        }
        return try condition()
    }

    /// Waits until the log holds `text`, the process exits, or the timeout passes; returns whether it holds.
    func waitForLog(_ text: String, timeout: Duration = .seconds(30)) -> Bool {
        Self.poll(timeout: timeout) { log.contains(text) || !process.isRunning } && log.contains(text)
    }

    /// Waits up to `timeout` for the process to exit; returns whether it did.
    func waitForExit(timeout: Duration = .seconds(30)) -> Bool {
        let exited = Self.poll(timeout: timeout) { !process.isRunning }
        if exited { process.waitUntilExit() }
        return exited
    }

    /// Sends `signal` to the process.
    func send(_ signal: Int32) {
        kill(process.processIdentifier, signal)
    }

    /// Kills it with SIGKILL, as a crash would, and reaps it.
    func kill9() {
        ChildProcess.kill9(process)
    }

    /// Whether it ended by SIGKILL.
    var wasKilled: Bool {
        process.terminationReason == .uncaughtSignal && process.terminationStatus == SIGKILL
    }
}
