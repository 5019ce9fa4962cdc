import BenchSupport
import CaseWatchConfig
import CaseWatchCore
import Foundation

/// `casewatch-bench backends [events-per-writer] [policies-dir] [history.csv]`: SQLite and PostgreSQL side by
/// side in one run — durable intake from one writer and from four, the Boston 2015 replay on both with its
/// escalations compared, and the failover times of release daemons on the PostgreSQL store.
///
/// PostgreSQL is a throwaway server of this run's own (Debian's `postgresql-15`) on a Unix socket, with its
/// production defaults (fsync, synchronous commit). Run from `Benchmarks/` after `swift build -c release`
/// in the package above (the failover starts its `casewatchd`).
enum BackendsBenchmark {
    static func run(arguments: [String]) throws {
        let events = arguments.first.flatMap(Int.init) ?? 200_000
        let policies = arguments.count > 1 ? arguments[1] : "../policies"
        let history = arguments.count > 2 ? arguments[2] : "../../shared/data/boston311/replay-2015.csv"
        let daemon = "../.build/release/casewatchd"
        guard FileManager.default.isExecutableFile(atPath: daemon) else {
            throw BenchFailure("\(daemon) is missing: run `swift build -c release` in the package above first")
        }
        let catalog = try ConfigLoader.loadPolicySet(at: policies)
        let stores = try BackendStores()
        print("== SQLite and PostgreSQL side by side (PostgreSQL 15 on a Unix socket, fsync and synchronous commit on)")

        let failoverDatabase = try intake(events: events, stores: stores, catalog: catalog)

        print("\n-- Boston 311 replay, 2015 (explicit deadlines, as of 2016-01-13)")
        let replay = try BackendReplay(stores: stores, catalog: catalog, history: history)
        var replayed: [BackendStores.Backend: Set<String>] = [:]
        print("backend".padding(14) + "cases".leftPadding(10) + "events".leftPadding(10) + "escalations".leftPadding(14) + "seconds".leftPadding(10))
        for backend in BackendStores.Backend.allCases {
            let run = try replay.run(backend)
            replayed[backend] = Set(run.escalations.map {
                "\($0.caseID.rawValue)|\($0.cycle)|\($0.tier.rawValue)|\($0.dueAt.secondsSinceEpoch)|\($0.detectedAt.secondsSinceEpoch)|\($0.unit.rawValue)"
            })
            print(backend.rawValue.padding(14) + "\(run.summary.cases)".leftPadding(10) + "\(run.summary.events)".leftPadding(10)
                + "\(run.escalations.count)".leftPadding(14) + String(format: "%.1f", run.seconds).leftPadding(10))
        }
        let sqlite = replayed[.sqlite]!, postgres = replayed[.postgres]!
        print(sqlite == postgres
            ? "escalations identical on both backends (\(sqlite.count): case, cycle, tier, unit, due and detection instants)"
            : "ESCALATIONS DIFFER: \(sqlite.subtracting(postgres).count) only on SQLite, \(postgres.subtracting(sqlite).count) only on PostgreSQL")

        try failover(daemon: daemon, policies: policies, url: failoverDatabase, folder: stores.folder)
        if sqlite != postgres { throw BenchFailure("the replay's escalations differ between the backends") }
    }

    /// `casewatch-bench backends-intake [events-per-writer] [policies-dir]`: only the durable intake on both backends.
    static func runIntake(arguments: [String]) throws {
        let events = arguments.first.flatMap(Int.init) ?? 200_000
        let policies = arguments.count > 1 ? arguments[1] : "../policies"
        let catalog = try ConfigLoader.loadPolicySet(at: policies)
        _ = try intake(events: events, stores: try BackendStores(), catalog: catalog)
    }

    /// Runs and prints durable intake on both backends from one writer and from four; the location of the
    /// PostgreSQL database one writer filled.
    static func intake(events: Int, stores: BackendStores, catalog: PolicySet) throws -> String {
        print("\n-- durable intake (EventIntake: check, then append 5,000 events per transaction), \(events) events per writer")
        print("backend".padding(14) + "1 writer ev/s".leftPadding(16) + "4 writers ev/s".leftPadding(18))
        let ingest = BackendIngest(stores: stores, catalog: catalog, eventsPerWriter: events)
        var filled = ""
        for backend in BackendStores.Backend.allCases {
            let one = try ingest.run(backend, writers: 1)
            let four = try ingest.run(backend, writers: 4)
            if backend == .postgres { filled = one.location }
            print(backend.rawValue.padding(14) + "\(Int(one.eventsPerSecond))".leftPadding(16) + "\(Int(four.eventsPerSecond))".leftPadding(18))
        }
        return filled
    }

    /// `casewatch-bench backends-failover [events] [policies-dir]`: only the failover, on a database of `events`
    /// ingested events.
    static func runFailover(arguments: [String]) throws {
        let events = arguments.first.flatMap(Int.init) ?? 200_000
        let policies = arguments.count > 1 ? arguments[1] : "../policies"
        let stores = try BackendStores()
        let catalog = try ConfigLoader.loadPolicySet(at: policies)
        let ingest = try BackendIngest(stores: stores, catalog: catalog, eventsPerWriter: events).run(.postgres, writers: 1)
        try failover(daemon: "../.build/release/casewatchd", policies: policies, url: ingest.location, folder: stores.folder)
    }

    /// Runs and prints the failover of three release daemons on the store at `url`.
    static func failover(daemon: String, policies: String, url: String, folder: String) throws {
        let lease: Duration = .seconds(5)
        print("\n-- failover: 3 casewatchd on the 1-writer intake database, lease \(lease.components.seconds) s; the leader killed (SIGKILL) 10 times, frozen (SIGSTOP) past its lease 5 times")
        let takeovers = try BackendFailover(
            daemon: daemon, policies: policies, url: url, folder: folder, lease: lease, kills: 10, freezes: 5
        ).run()
        let figures = takeovers.map(seconds)
        print("takeovers (s): " + figures.map { String(format: "%.2f", $0) }.joined(separator: " "))
        let sorted = figures.sorted()
        let p99 = sorted[min(sorted.count - 1, (sorted.count * 99 + 99) / 100 - 1)]
        print(String(format: "fastest %.2f s, median %.2f s, p99 %.2f s (target: lease + 2 s = %d s)",
                     sorted[0], sorted[sorted.count / 2], p99, lease.components.seconds + 2))
    }
}
