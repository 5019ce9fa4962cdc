import BenchSupport
import CaseWatchCore
import CaseWatchEngine
import Foundation

/// The release `casewatchd` idle on a million open cases with its HTTP service listening (the API, the wall
/// and `/metrics`; no client connected) and its database's files watched: its idle CPU; then how long a
/// `/metrics` scrape takes on that store; then how soon an event another process appends (`casewatch
/// ingest` of a case whose first step is overdue) is escalated: from the ingest's summary line (printed just
/// after its commit) to the escalation line's timestamp (milliseconds).
/// `CASEWATCHD` and `CASEWATCH` override the executables, `CASEWATCHD_ARGS` adds daemon options.
enum IdleBenchmark {
    static func run(arguments: [String]) throws {
        let cases = arguments.first.flatMap(Int.init) ?? 1_000_000
        let idleSeconds = arguments.count > 1 ? Int(arguments[1]) ?? 60 : 60
        let pickups = arguments.count > 2 ? Int(arguments[2]) ?? 10 : 10
        let environment = ProcessInfo.processInfo.environment
        let executable = environment["CASEWATCHD"] ?? "../.build/release/casewatchd"
        let cli = environment["CASEWATCH"] ?? "../.build/release/casewatch"
        let policies = "../policies"
        let extra = ["--http", "127.0.0.1:0", "--no-deliveries"] + (environment["CASEWATCHD_ARGS"] ?? "").split(separator: " ").map(String.init)
        print("== casewatchd idle with HTTP and the watch (\(executable) \(extra.joined(separator: " ")))")
        let database = try ScaleDatabase.prepare(count: cases, policies: policies)
        try? FileManager.default.removeItem(atPath: database + ".daemon")
        let daemon = DaemonProcess(executable: executable, database: database, policies: policies, logPath: "\(ScaleDatabase.directory)/daemon-idle.log", extraArguments: extra)
        try daemon.launch()
        defer { if daemon.process.isRunning { daemon.stop() } }
        _ = try daemon.waitForLine("supervising", timeout: .seconds(180))
        let address = try daemon.field("address", ofLine: "serving HTTP")
        let log = (try? String(contentsOfFile: daemon.logPath, encoding: .utf8)) ?? ""
        print("watch: \(log.contains("cannot watch the database's files") ? "NOT set up (reading the log every 900 ms)" : "set up")")
        // Threads that worked for the fill end a few seconds after it (their time would leave the per-thread sum).
        Thread.sleep(forTimeInterval: 10)
        let cpu0 = ProcFigures.cpuNanoseconds(of: daemon.pid), stat0 = ProcFigures.statCPUNanoseconds(of: daemon.pid), wall0 = wallNanoseconds()
        Thread.sleep(forTimeInterval: Double(idleSeconds))
        let cpu = ProcFigures.cpuNanoseconds(of: daemon.pid) - cpu0, stat = ProcFigures.statCPUNanoseconds(of: daemon.pid) - stat0
        let wall = Double(wallNanoseconds() - wall0)
        print(String(format: "idle CPU, %d open cases, HTTP listening, no client: %.4f %% of a core (schedstat: %.1f ms in %.0f s; stat ticks: %.3f %%)",
                     cases, Double(cpu) / wall * 100, Double(cpu) / 1e6, wall / 1e9, Double(stat) / wall * 100))

        var scrapes: [Double] = []
        for _ in 0..<6 { scrapes.append(try scrape("http://\(address)/metrics")) }
        print(String(format: "GET /metrics on %d open cases: first %.1f ms (counts the pending steps by tier), then %@ ms",
                     cases, scrapes[0] * 1e3, scrapes.dropFirst().map { String(format: "%.1f", $0 * 1e3) }.joined(separator: ", ")))

        daemon.stop()
        // The pickups on a database of their own (they add open cases, which would make the big one stale).
        let small = try ScaleDatabase.empty()
        let second = DaemonProcess(executable: executable, database: small, policies: policies, logPath: "\(ScaleDatabase.directory)/daemon-pickup.log", extraArguments: extra)
        try second.launch()
        defer { second.stop() }
        _ = try second.waitForLine("supervising", timeout: .seconds(60))
        var figures: [Int64] = []
        for n in 0..<pickups {
            let id = "PICKUP-\(wallNanoseconds())-\(n)"
            let at = SystemClock().now.adding(seconds: -2 * 86_400)
            let lines = [
                "{\"actor\":\"bench\",\"at\":\"\(InstantFormatter.format(at, offsetSeconds: 0))\",\"case\":\"\(id)\",\"category\":\"environment.noise\",\"id\":\"\(id)-1\",\"type\":\"registered\",\"urgency\":\"urgent\"}",
                "{\"actor\":\"bench\",\"at\":\"\(InstantFormatter.format(at.adding(seconds: 60), offsetSeconds: 0))\",\"case\":\"\(id)\",\"id\":\"\(id)-2\",\"type\":\"dispatched\",\"unit\":\"\(ScaleDatabase.units[0].id)\"}",
            ]
            let file = "\(ScaleDatabase.directory)/pickup.jsonl"
            try lines.joined(separator: "\n").write(toFile: file, atomically: true, encoding: .utf8)
            let ingest = Process()
            ingest.executableURL = URL(fileURLWithPath: cli)
            ingest.arguments = ["ingest", file, "--db", small, "--policies", policies]
            let output = Pipe()
            ingest.standardOutput = output
            try ingest.run()
            // Its summary line is printed just after the commit: the closest outside view of the commit.
            _ = output.fileHandleForReading.availableData
            let committed = wallNanoseconds()
            ingest.waitUntilExit()
            guard ingest.terminationStatus == 0 else { throw BenchFailure("casewatch ingest failed") }
            let escalated = try second.waitForLine("escalation", containing: id, timeout: .seconds(10))
            figures.append((escalated - committed) / 1_000_000)
            Thread.sleep(forTimeInterval: 0.3)
        }
        let sorted = figures.sorted()
        print("ingest's summary line (just after its commit) → escalation line (ms; the line's timestamp has millisecond resolution): \(figures.map(String.init).joined(separator: ", "))"
              + " | median \(sorted[sorted.count / 2]) ms, max \(sorted.last!) ms")
    }

    /// Seconds one GET of `url` takes (curl's `time_total`).
    private static func scrape(_ url: String) throws -> Double {
        let curl = Process()
        curl.executableURL = URL(fileURLWithPath: "/usr/bin/curl")
        curl.arguments = ["-s", "-f", "-o", "/dev/null", "-w", "%{time_total}", url]
        let output = Pipe()
        curl.standardOutput = output
        try curl.run()
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        curl.waitUntilExit()
        guard curl.terminationStatus == 0, let seconds = Double(text) else { throw BenchFailure("GET \(url) failed (curl \(curl.terminationStatus))") }
        return seconds
    }
}

extension DaemonProcess {
    /// The field `name` of the first JSON log line with `message`.
    func field(_ name: String, ofLine message: String) throws -> String {
        _ = try waitForLine(message, timeout: .seconds(30))
        let text = (try? String(contentsOfFile: logPath, encoding: .utf8)) ?? ""
        for line in text.split(separator: "\n") where line.contains("\"message\":\"\(message)\"") {
            if let value = (try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: String])?[name] { return value }
        }
        throw BenchFailure("no \(name) in the '\(message)' line")
    }

    /// Waits for the first log line with `message` that contains `text`; returns its `ts` in nanoseconds.
    func waitForLine(_ message: String, containing text: String, timeout: Duration) throws -> Int64 {
        let deadline = ContinuousClock.now + timeout
        while ContinuousClock.now < deadline {
            let log = (try? String(contentsOfFile: logPath, encoding: .utf8)) ?? ""
            for line in log.split(separator: "\n") where line.contains("\"message\":\"\(message)\"") && line.contains(text) {
                if let ts = (try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: String])?["ts"] { return Self.nanoseconds(ts) }
            }
            Thread.sleep(forTimeInterval: 0.005)
        }
        throw BenchFailure("no '\(message)' line with \(text) within \(timeout)")
    }
}
