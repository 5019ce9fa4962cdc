import BenchSupport
import CaseWatchCore
import Foundation

/// The release `casewatchd` as a child process, its JSON log lines written to a file that is polled.
final class DaemonProcess {
    let process = Process()
    let logPath: String
    /// The wall clock just before the exec.
    private(set) var launchedAt: Int64 = 0

    init(executable: String, database: String, policies: String, logPath: String, extraArguments: [String]) {
        self.logPath = logPath
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = ["--db", database, "--policies", policies, "--log-format", "json"] + extraArguments
    }

    var pid: Int32 { process.processIdentifier }

    func launch() throws {
        _ = FileManager.default.createFile(atPath: logPath, contents: nil)
        let log = try FileHandle(forWritingTo: URL(fileURLWithPath: logPath))
        process.standardOutput = log
        process.standardError = log
        launchedAt = wallNanoseconds()
        try process.run()
    }

    /// Waits for the first log line with `message`, returns its `ts` in nanoseconds since the epoch.
    func waitForLine(_ message: String, timeout: Duration) throws -> Int64 {
        let deadline = ContinuousClock.now + timeout
        while ContinuousClock.now < deadline {
            let text = (try? String(contentsOfFile: logPath, encoding: .utf8)) ?? ""
            for line in text.split(separator: "\n") where line.contains("\"message\":\"\(message)\"") {
                let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: String]
                if let ts = object?["ts"] { return Self.nanoseconds(ts) }
            }
            guard process.isRunning else { throw BenchFailure("casewatchd exited: \(text)") }
            Thread.sleep(forTimeInterval: 0.01)
        }
        throw BenchFailure("no '\(message)' line within \(timeout)")
    }

    /// SIGTERM, then waits.
    func stop() {
        process.terminate()
        process.waitUntilExit()
    }

    /// `2026-11-29T05:00:00.123Z` as nanoseconds since the epoch.
    static func nanoseconds(_ ts: String) -> Int64 {
        let seconds = (try? InstantParser.parseWithOffset(String(ts.prefix(19)) + "Z"))?.secondsSinceEpoch ?? 0
        let milliseconds = Int64(ts.dropFirst(20).prefix(3)) ?? 0
        return seconds * 1_000_000_000 + milliseconds * 1_000_000
    }
}
