import ArgumentParser
import CaseWatchConfig
import CaseWatchCore
import CaseWatchEngine
import CaseWatchPostgres
import CaseWatchStore
import Foundation

/// `casewatch demo`: the seed city's hotline traffic replayed on a virtual clock, escalations streaming.
public struct DemoCommand: ParsableCommand {
    /// The command's name and help.
    public static let configuration = CommandConfiguration(
        commandName: "demo",
        abstract: "Simulate a week of hotline traffic on a virtual clock into a fresh database, escalations streaming.",
        discussion: """
            Creates a temporary database (or --db) with the seed unit tree and roster, generates a week of \
            hotline traffic (--cases, registered Monday 16 to Sunday 22 November 2026, followed for another \
            week) or replays an events file (--events), prints each escalation as it fires on the virtual \
            clock, then the sign-offs awaiting leaders and the units' standing, and says how to look further.
            """
    )

    @Option(help: "Where to create the demo database (default: a new temporary file).")
    var db: String?

    @OptionGroup var policyOptions: PolicyOptions

    @Option(help: "The seed directory.")
    var seeds: String = "seeds"

    @Option(help: "Cases in the simulated week (1 to 100,000).", transform: { try ArgumentReading.count($0, option: "--cases", in: Limits.demoCases) })
    var cases: Int = 3_000

    @Option(help: "Replay this JSON-lines events file instead of simulating (e.g. seeds/events.jsonl).")
    var events: String?

    @Option(help: "Stream at most this many escalations to the terminal, 0 to 100,000 (the rest are counted).", transform: { try ArgumentReading.count($0, option: "--show", in: Limits.demoShown) })
    var show: Int = 40

    /// Creates the command.
    public init() {}

    /// Runs the demo.
    public func run() throws {
        let path = db ?? FileManager.default.temporaryDirectory.appendingPathComponent("casewatch-demo-\(UUID().uuidString.prefix(8)).sqlite").path
        if PostgresLocation.isPostgres(path) {
            throw CommandFailure("the demo runs on a new SQLite file; give --db a file path (or none), and `casewatch init --db postgres://…` to load a PostgreSQL store")
        }
        let catalog = try policyOptions.load()
        let (units, leaders) = try SeedFiles.load(from: seeds)
        let store: any CaseStore
        do {
            store = try SQLiteCaseStore.create(at: path)
            try store.write { writer in
                try writer.upsertUnits(units)
                try writer.replaceLeaders(leaders)
            }
        } catch {
            throw CommandFailure("cannot create the demo database \(path): \(error)")
        }
        let zone = catalog.displayZone
        let records: [IntakeRecord]
        let asOf: Instant
        if let events {
            records = JSONLinesEventReader.read(try IntakeSource.text(of: events)).records
            asOf = records.map(\.event.at).max() ?? WallClock.now()
        } else {
            let monday = zone.instant(dayNumber: LocalDate(year: 2026, month: 11, day: 16)!.dayNumber, secondOfDay: 0)
            let targets = units.filter { $0.level == .community || $0.level == .department }.map(\.id)
            var traffic = DemoTraffic()
            records = traffic.week(cases: cases, from: monday, units: targets)
            asOf = monday.adding(seconds: 14 * 86_400)
        }
        guard let first = records.map(\.event.at).min() else { throw CommandFailure("no events to replay") }
        let last = asOf
        Console.line("CaseWatch demo: \(units.count) units, \(leaders.count) leaders, \(Set(records.map(\.event.caseID)).count) cases from \(InstantFormatter.format(first, in: zone)) to \(InstantFormatter.format(last, in: zone)), on a virtual clock")
        Console.line("")
        var replay = HistoryReplay(store: store, catalog: catalog, explicitDeadlines: false)
        let stream = EscalationStream(zone: zone, limit: show)
        replay.onEscalation = { stream.print($0) }
        let started = ContinuousClock.now
        let summary = try replay.run(records, asOf: last)
        let elapsed = ContinuousClock.now - started
        stream.finish()
        Console.line("")
        Console.line(try DemoReport(store: store, summary: summary, zone: zone, path: path, elapsed: elapsed, asOf: last).text)
    }
}
