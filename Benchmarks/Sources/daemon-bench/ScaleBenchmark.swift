import BenchSupport
import Foundation

/// The release `casewatchd` on a million open cases: time from exec to its `supervising` line (the wheel
/// filled), its CPU while idle, and its resident memory beyond the same daemon on an empty database.
/// `CASEWATCHD` overrides the executable, `CASEWATCHD_ARGS` adds daemon options (e.g. `--follow-interval 1s`).
enum ScaleBenchmark {
    static func run(arguments: [String]) throws {
        let cases = arguments.first.flatMap(Int.init) ?? 1_000_000
        let idleSeconds = arguments.count > 1 ? Int(arguments[1]) ?? 30 : 30
        let rounds = arguments.count > 2 ? Int(arguments[2]) ?? 3 : 3
        let executable = ProcessInfo.processInfo.environment["CASEWATCHD"] ?? "../.build/release/casewatchd"
        let policies = "../policies"
        let extra = (ProcessInfo.processInfo.environment["CASEWATCHD_ARGS"] ?? "").split(separator: " ").map(String.init)
        print("== casewatchd at scale (\(executable) \(extra.joined(separator: " ")))")
        let full = try ScaleDatabase.prepare(count: cases, policies: policies)
        let empty = try ScaleDatabase.empty()
        print("round | database | ready (exec → supervising) | RSS after ready | RSS after idle | idle CPU (schedstat) | idle CPU (stat ticks)")
        var bytes: [Double] = []
        for round in 1...rounds {
            let base = try measure(executable: executable, arguments: extra, database: empty, policies: policies, idleSeconds: idleSeconds, label: "empty", round: round)
            let loaded = try measure(executable: executable, arguments: extra, database: full, policies: policies, idleSeconds: idleSeconds, label: "\(cases)", round: round)
            bytes.append(Double(loaded.rss - base.rss) / Double(cases))
        }
        print("resident bytes per open case beyond an empty daemon (after idle), per round: " + bytes.map { String(format: "%.1f", $0) }.joined(separator: ", "))
    }

    struct Figures { let rss: Int }

    private static func measure(executable: String, arguments: [String], database: String, policies: String, idleSeconds: Int, label: String, round: Int) throws -> Figures {
        try? FileManager.default.removeItem(atPath: database + ".daemon")
        let daemon = DaemonProcess(executable: executable, database: database, policies: policies, logPath: "\(ScaleDatabase.directory)/daemon-\(label).log", extraArguments: arguments)
        try daemon.launch()
        defer { daemon.stop() }
        let ready = try daemon.waitForLine("supervising", timeout: .seconds(120))
        Thread.sleep(forTimeInterval: 1)
        let rssReady = ProcFigures.residentBytes(of: daemon.pid)
        let cpu0 = ProcFigures.cpuNanoseconds(of: daemon.pid), stat0 = ProcFigures.statCPUNanoseconds(of: daemon.pid)
        let wall0 = wallNanoseconds()
        Thread.sleep(forTimeInterval: Double(idleSeconds))
        let cpu = ProcFigures.cpuNanoseconds(of: daemon.pid) - cpu0, stat = ProcFigures.statCPUNanoseconds(of: daemon.pid) - stat0
        let wall = Double(wallNanoseconds() - wall0)
        let rssIdle = ProcFigures.residentBytes(of: daemon.pid)
        print(String(format: "%d | %@ | %.2f s | %.1f MiB | %.1f MiB | %.4f %% of a core (%.1f ms in %.0f s) | %.3f %%",
                     round, label, Double(ready - daemon.launchedAt) / 1e9, Double(rssReady) / 1_048_576, Double(rssIdle) / 1_048_576,
                     Double(cpu) / wall * 100, Double(cpu) / 1e6, wall / 1e9, Double(stat) / wall * 100))
        return Figures(rss: rssIdle)
    }
}
