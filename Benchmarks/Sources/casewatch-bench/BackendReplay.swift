import BenchSupport
import CaseWatchConfig
import CaseWatchCore
import CaseWatchEngine
import CaseWatchStore
import Foundation

/// The Boston 311 replay of 2015 on each backend (explicit deadlines, as of 2016-01-13, as
/// `BENCHMARKS.md`'s replay row runs it), and whether both stores end with the same escalations.
struct BackendReplay {
    let stores: BackendStores
    let catalog: PolicySet
    let records: [IntakeRecord]
    let asOf: Instant

    init(stores: BackendStores, catalog: PolicySet, history path: String) throws {
        self.stores = stores
        self.catalog = catalog
        let parse = CaseHistoryReader.read(try String(contentsOfFile: path, encoding: .utf8))
        guard !parse.records.isEmpty else { throw BenchFailure("\(path): no case could be read") }
        records = parse.records
        asOf = try InstantParser.parseWithOffset("2016-01-13T00:00:00-05:00")
    }

    /// Replays the history into a new store of `backend`; the wall time, the summary and every escalation stored.
    func run(_ backend: BackendStores.Backend) throws -> (seconds: Double, summary: ReplaySummary, escalations: [Escalation]) {
        let store = try stores.open(try stores.newLocation(backend))
        let replay = HistoryReplay(store: store, catalog: catalog, explicitDeadlines: true)
        var summary: ReplaySummary?
        let elapsed = try ContinuousClock().measure { summary = try replay.run(records, asOf: asOf) }
        let escalations = try store.read { try $0.escalations() }.map(\.escalation)
        return (seconds(elapsed), summary!, escalations)
    }
}
