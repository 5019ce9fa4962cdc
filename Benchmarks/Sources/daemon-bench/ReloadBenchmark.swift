import BenchSupport
import CaseWatchConfig
import CaseWatchCore
import CaseWatchEngine
import CaseWatchStore
import Foundation

/// How long a SIGHUP reload over a large store holds due firings back: `cases` open cases (the scale
/// benchmark's database, copied), a new holiday three days ahead in their calendar (so that every open
/// case is recomputed), reloaded with the recomputation in one transaction (how it was before) and in
/// chunks of the supervisor's default size (the daemon fires what is due between chunks). Prints the
/// whole reload's time and the longest stretch between two chances to fire.
enum ReloadBenchmark {
    static func run(arguments: [String]) throws {
        let cases = arguments.first.flatMap(Int.init) ?? 100_000
        let policies = "../policies"
        let source = try ScaleDatabase.prepare(count: cases, policies: policies)
        let catalog = try ConfigLoader.loadPolicySet(at: policies)
        let edited = try editedPolicies(from: policies)
        print("== reload over \(cases) open cases (a new holiday in their calendar)")
        print("chunk (cases per transaction) | reload | longest stretch without a chance to fire | recomputed")
        for chunk in [Int.max, Supervisor(store: try SQLiteCaseStore.open(at: source), catalog: catalog).casesPerTransaction] {
            let path = "\(ScaleDatabase.directory)/reload-copy.sqlite"
            for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
            try FileManager.default.copyItem(atPath: source, toPath: path)
            let store = try SQLiteCaseStore.open(at: path)
            var supervisor = Supervisor(store: store, catalog: catalog)
            _ = try supervisor.start(at: SystemClock().now)
            supervisor.casesPerTransaction = chunk
            let clock = ContinuousClock()
            let started = clock.now
            var last = started
            var longest = Duration.zero
            let outcome = try supervisor.reload(edited, at: SystemClock().now) { _ in
                let now = clock.now
                longest = max(longest, now - last)
                last = now
            }
            let total = clock.now - started
            longest = max(longest, clock.now - last)
            print("\(chunk == Int.max ? "all (one transaction)" : "\(chunk)") | \(total) | \(longest) | \(outcome.recomputedCases)")
        }
    }

    /// A copy of the shipped policies whose calendar has a day off on the first weekday three days ahead.
    static func editedPolicies(from policies: String) throws -> PolicySet {
        let directory = "\(ScaleDatabase.directory)/reload-policies"
        try? FileManager.default.removeItem(atPath: directory)
        try FileManager.default.copyItem(atPath: policies, toPath: directory)
        let calendar = "\(directory)/calendars/cn-mainland.yaml"
        var day = SystemClock().now.adding(seconds: 3 * 86_400)
        let zone = ZoneRules(identifier: "Asia/Shanghai")!
        while ["Sat", "Sun"].contains(weekday(day, zone: zone)) { day = day.adding(seconds: 86_400) }
        let date = String(InstantFormatter.format(day, offsetSeconds: zone.offset(at: day)).prefix(10))
        let anchor = "  - {date: 2026-10-07, name: \"National Day\"}  # Wed, 国庆节\n"
        let text = try String(contentsOfFile: calendar, encoding: .utf8)
        guard text.contains(anchor) else { throw BenchFailure("the shipped calendar changed; update the reload benchmark's anchor line") }
        try text.replacingOccurrences(of: anchor, with: anchor + "  - {date: \(date), name: \"Bench day off\"}\n")
            .write(toFile: calendar, atomically: true, encoding: .utf8)
        return try ConfigLoader.loadPolicySet(at: directory)
    }

    private static func weekday(_ instant: Instant, zone: ZoneRules) -> String {
        let days = (instant.secondsSinceEpoch + Int64(zone.offset(at: instant))) / 86_400
        return ["Thu", "Fri", "Sat", "Sun", "Mon", "Tue", "Wed"][Int(days % 7)]
    }
}
