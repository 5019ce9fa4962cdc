import BenchSupport
import CaseWatchConfig
import CaseWatchCore
import CaseWatchEngine
import CaseWatchStore
import Foundation
import Logging

/// Detection latency with the real clock: the daemon's service (`SupervisionService` on the wall clock,
/// woken by its `DispatchSourceTimer`) runs in this process on a fresh file database; every escalation is
/// stamped when the daemon logs it, right after its transaction committed, and compared with its due
/// instant. Then, with nothing due for a day, the wakes are counted for `idle` seconds.
enum LatencyBenchmark {
    static func run(arguments: [String]) async throws {
        let cases = arguments.first.flatMap(Int.init) ?? 2_000
        let ticks = arguments.count > 1 ? arguments.dropFirst().compactMap(Int.init) : [1_000, 10]
        print("== detection latency, real clock, in process: \(cases) urgent cases, 2 steps each due within 60 s")
        for tick in ticks {
            try await measure(cases: cases, tickMilliseconds: tick, idleSeconds: 10)
        }
    }

    private static func measure(cases: Int, tickMilliseconds: Int, idleSeconds: Int) async throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("daemon-bench-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let catalog = try ConfigLoader.loadPolicySet(at: try BenchPolicies.write(in: directory, shippedPolicies: "../policies"))
        let store = try SQLiteCaseStore.create(at: directory.appendingPathComponent("latency.sqlite").path)
        try store.write { try $0.upsertUnits([OrgUnit(id: LatencyWorkload.unit, name: "bench", level: .community, parent: nil)]) }

        let clock = CountingClock()
        let now = clock.now
        let records = LatencyWorkload.records(count: cases, start: now.adding(seconds: 2), spread: 40)
        let intake = EventIntake(store: store, catalog: catalog)
        let check = try intake.check(records)
        precondition(check.problems.isEmpty, "\(check.problems.prefix(3))")
        _ = try intake.append(check.accepted, source: "bench", recordedAt: now)

        var settings = SupervisionSettings()
        settings.tick = .milliseconds(tickMilliseconds)
        let sink = EscalationSink()
        let logger = Logger(label: "daemon-bench") { _ in CaptureLogHandler(sink: sink) }
        let service = SupervisionService(store: store, catalog: catalog, clock: clock, settings: settings, reload: { catalog }, logger: logger)
        let started = wallNanoseconds()
        let daemon = Task { try await service.run() }
        let lastDue = (now.secondsSinceEpoch + 2 + 60) * 1_000_000_000
        while sink.count < 2 * cases, wallNanoseconds() < lastDue + 5_000_000_000 {
            try await Task.sleep(for: .milliseconds(100))
        }
        let busyWakes = clock.wakes
        let busySeconds = Double(wallNanoseconds() - started) / 1e9
        try await Task.sleep(for: .seconds(1))
        let idleFrom = clock.wakes
        try await Task.sleep(for: .seconds(idleSeconds))
        let idleWakes = clock.wakes - idleFrom
        daemon.cancel()
        _ = try? await daemon.value

        let readyAt = sink.readyAt ?? started
        let live = sink.escalations.filter { $0.due.secondsSinceEpoch * 1_000_000_000 >= readyAt }
        let latencies = Distribution(live.map { $0.loggedAt - $0.due.secondsSinceEpoch * 1_000_000_000 })
        let dueSeconds = Set(live.map(\.due.secondsSinceEpoch)).count
        print("-- tick \(tickMilliseconds) ms")
        print("ready \(milliseconds(readyAt - started)) after start; \(sink.count) escalations, \(live.count) due after ready at \(dueSeconds) distinct due seconds")
        print("latency (logged after commit − due): \(latencies.summary)")
        print("histogram (5 ms buckets): " + latencies.histogram(width: 5_000_000).map { "\($0.from / 1_000_000)–\($0.from / 1_000_000 + 5) ms: \($0.count)" }.joined(separator: ", "))
        print(String(format: "wakes: %d over %.1f s while steps fell due (%.1f / s); %d over %d s with nothing due for a day (%.2f / s)",
                     busyWakes, busySeconds, Double(busyWakes) / busySeconds, idleWakes, idleSeconds, Double(idleWakes) / Double(idleSeconds)))
    }
}
