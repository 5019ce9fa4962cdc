import ArgumentParser
import CaseWatchConfig
import CaseWatchCore
import CaseWatchEngine
import CaseWatchStore
import Foundation

/// `casewatch demo`: the seed city's hotline traffic replayed on a virtual clock, escalations streaming.
public struct DemoCommand: ParsableCommand {
    /// The command's name and help.
    public static let configuration = CommandConfiguration(
        commandName: "demo",
        abstract: "Replay the seed city's sample hotline traffic on a virtual clock into a fresh database, escalations streaming.",
        discussion: """
            Creates a temporary database (or --db) with the seed unit tree and roster, replays \
            seeds/events.jsonl on a virtual clock, prints each escalation as it fires, then the sign-offs \
            awaiting leaders and the units' standing, and says how to look further.
            """
    )

    @Option(help: "Where to create the demo database (default: a new temporary file).")
    var db: String?

    @OptionGroup var policyOptions: PolicyOptions

    @Option(help: "The seed directory.")
    var seeds: String = "seeds"

    @Option(help: "Stream at most this many escalations to the terminal (the rest are counted).")
    var show: Int = 40

    /// Creates the command.
    public init() {}

    /// Runs the demo.
    public func run() throws {
        let path = db ?? FileManager.default.temporaryDirectory.appendingPathComponent("casewatch-demo-\(UUID().uuidString.prefix(8)).sqlite").path
        let catalog = try policyOptions.load()
        let (units, leaders) = try SeedFiles.load(from: seeds)
        let parse = JSONLinesEventReader.read(try IntakeSource.text(of: "\(seeds)/events.jsonl"))
        let store: CaseStore
        do {
            store = try CaseStore.create(at: path)
            try store.write { writer in
                try writer.upsertUnits(units)
                try writer.replaceLeaders(leaders)
            }
        } catch {
            throw CommandFailure("cannot create the demo database \(path): \(error)")
        }
        let zone = catalog.displayZone
        let first = parse.records.map(\.event.at).min()!, last = parse.records.map(\.event.at).max()!
        Console.line("CaseWatch demo: \(units.count) units, \(leaders.count) leaders, \(Set(parse.records.map(\.event.caseID)).count) cases from \(InstantFormatter.format(first, in: zone)) to \(InstantFormatter.format(last, in: zone)), on a virtual clock")
        Console.line("")
        var replay = HistoryReplay(store: store, catalog: catalog, explicitDeadlines: false)
        let stream = EscalationStream(zone: zone, limit: show)
        replay.onEscalation = { stream.print($0) }
        let started = ContinuousClock.now
        let summary = try replay.run(parse.records, asOf: last)
        let elapsed = ContinuousClock.now - started
        stream.finish()
        Console.line("")
        Console.line(try DemoReport(store: store, summary: summary, zone: zone, path: path, elapsed: elapsed).text)
    }
}
