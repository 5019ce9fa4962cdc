import CaseWatchStore
import Foundation

/// Headless Chromium for tests of pages: where it is (nil when it is not installed), and a run of it on a URL
/// that prints the page's DOM or writes a screenshot once the page has settled.
///
/// `--virtual-time-budget` lets the page's timers run for that long in virtual time; virtual time stands
/// still while a request is open, so a page following an event stream settles only once its streams end
/// (a test closes the feed when it has seen what it waited for).
public enum HeadlessChromium {
    /// The Chromium executable (`$CHROMIUM`, else the usual places), nil when none is installed.
    public static let executable: String? = {
        let candidates = [ProcessInfo.processInfo.environment["CHROMIUM"]].compactMap { $0 }
            + ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"]
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0) }
    }()

    /// Starts Chromium on `url` with `arguments` (e.g. `--dump-dom`); returns the process and its output pipe.
    public static func start(_ url: String, arguments: [String], profile: String) throws -> (Process, Pipe) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable ?? "/usr/bin/chromium")
        process.arguments = [
            "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-dev-shm-usage",
            "--user-data-dir=\(profile)", "--virtual-time-budget=4000",
        ] + arguments + [url]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle(forWritingAtPath: "/dev/null")
        try process.run()
        return (process, output)
    }

    /// What the process printed, once it exited (terminated after `timeout`); blocks the calling thread.
    public static func output(of process: Process, _ output: Pipe, timeout: Duration = .seconds(60)) -> String {
        let stop = DispatchWorkItem { if process.isRunning { process.terminate() } }
        DispatchQueue.global().asyncAfter(deadline: .now() + .seconds(Int(timeout.components.seconds)), execute: stop)
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        stop.cancel()
        return String(decoding: data, as: UTF8.self)
    }

    /// What the process printed, once it exited (waited for off the cooperative pool; terminated after `timeout`).
    public static func finish(_ process: Process, output: Pipe, timeout: Duration = .seconds(60)) async -> String {
        await BlockingWork.run("test.chromium") { Self.output(of: process, output, timeout: timeout) }
    }
}
