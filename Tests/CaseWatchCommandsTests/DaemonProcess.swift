import CaseWatchEngine
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A real `casewatchd` child process whose standard output and error come through a pipe the test reads
/// as they arrive (and copies to a log file, for a look after a failure): a test waits for a line by
/// waiting for the output that holds it, never by sleeping.
struct DaemonProcess {
    let process: Process
    let logPath: String
    private let output: ChildOutput

    /// The `casewatchd` executable beside the test bundle.
    static var executable: URL {
        ChildProcess.executable.deletingLastPathComponent().appendingPathComponent("casewatchd")
    }

    /// Starts `casewatchd` with `arguments`, its output (both streams) read from a pipe and copied to `logPath`.
    static func start(_ arguments: [String], logPath: String) throws -> DaemonProcess {
        _ = FileManager.default.createFile(atPath: logPath, contents: nil)
        let copy = try FileHandle(forWritingTo: URL(fileURLWithPath: logPath))
        let pipe = Pipe()
        let output = ChildOutput()
        let process = Process()
        process.executableURL = executable
        // Daemons that test no HTTP serve none: many run at once, and would all want the default port.
        process.arguments = arguments.contains(where: { $0.hasPrefix("--http") || $0 == "--no-http" }) ? arguments : arguments + ["--no-http"]
        process.standardOutput = pipe
        process.standardError = pipe
        process.terminationHandler = { _ in output.exited() }
        try process.run()
        try pipe.fileHandleForWriting.close()
        let reading = pipe.fileHandleForReading
        Thread.detachNewThread {
            while true {
                let chunk = reading.availableData
                if chunk.isEmpty { break }
                copy.write(chunk)
                output.append(chunk)
            }
            try? copy.close()
            output.finish()
        }
        return DaemonProcess(process: process, logPath: logPath, output: output)
    }

    /// What the daemon has written so far.
    var log: String { output.text }

    /// Waits until the output satisfies `condition` (checked at each chunk of output), the output ends, or
    /// `timeout` passes; returns whether it holds.
    func waitForOutput(timeout: Duration = .seconds(30), _ condition: @escaping (String) -> Bool) -> Bool {
        output.wait(timeout: timeout, until: condition)
    }

    /// Waits until the output holds `text`; returns whether it does.
    func waitForLog(_ text: String, timeout: Duration = .seconds(30)) -> Bool {
        waitForOutput(timeout: timeout) { $0.contains(text) }
    }

    /// Waits until `condition` holds of what the daemon publishes outside its output (its lock record),
    /// re-checked at each chunk of output and at least every 50 ms, up to `timeout`; returns whether it held.
    func waitForState(timeout: Duration = .seconds(30), _ condition: () -> Bool) -> Bool {
        let deadline = ContinuousClock.now + timeout
        while !condition() {
            guard ContinuousClock.now < deadline, process.isRunning else { return condition() }
            _ = output.waitForMore(atMost: .milliseconds(50))
        }
        return true
    }

    /// Waits up to `timeout` for the process to exit (its termination, not a timing); returns whether it did.
    func waitForExit(timeout: Duration = .seconds(30)) -> Bool {
        guard output.waitForExit(timeout: timeout) else { return false }
        process.waitUntilExit()
        return true
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

/// A child's output as it arrives, and whether it has exited; waiters are woken at each change.
///
/// `@unchecked Sendable`: every stored property is read and written only with `condition` locked.
final class ChildOutput: @unchecked Sendable {
    private let condition = NSCondition()
    private var bytes = Data()
    private var ended = false
    private var hasExited = false
    private var changes = 0

    /// The output so far, as text.
    var text: String {
        condition.lock()
        defer { condition.unlock() }
        return String(decoding: bytes, as: UTF8.self)
    }

    func append(_ chunk: Data) { change { bytes.append(chunk) } }
    func finish() { change { ended = true } }
    func exited() { change { hasExited = true } }

    /// Waits until `condition` holds of the text, the output ends or `timeout` passes.
    func wait(timeout: Duration, until holds: (String) -> Bool) -> Bool {
        let deadline = Date().addingTimeInterval(Self.seconds(timeout))
        condition.lock()
        defer { condition.unlock() }
        while true {
            if holds(String(decoding: bytes, as: UTF8.self)) { return true }
            if ended || !condition.wait(until: deadline) { return holds(String(decoding: bytes, as: UTF8.self)) }
        }
    }

    /// Waits until the process has exited and its output has been read to the end (so that what it printed
    /// last is there), or `timeout` passes; returns whether it exited.
    func waitForExit(timeout: Duration) -> Bool {
        let deadline = Date().addingTimeInterval(Self.seconds(timeout))
        condition.lock()
        defer { condition.unlock() }
        while !(hasExited && ended) {
            if !condition.wait(until: deadline) { return hasExited }
        }
        return true
    }

    /// Waits for any change (more output, its end, the exit) for at most `wait`; returns whether one came.
    func waitForMore(atMost wait: Duration) -> Bool {
        condition.lock()
        defer { condition.unlock() }
        let seen = changes
        _ = condition.wait(until: Date().addingTimeInterval(Self.seconds(wait)))
        return changes != seen
    }

    private func change(_ body: () -> Void) {
        condition.lock()
        body()
        changes += 1
        condition.broadcast()
        condition.unlock()
    }

    private static func seconds(_ duration: Duration) -> TimeInterval {
        let (seconds, attoseconds) = duration.components
        return TimeInterval(seconds) + TimeInterval(attoseconds) / 1e18
    }
}
