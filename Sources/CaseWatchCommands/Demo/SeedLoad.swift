import CaseWatchConfig
import CaseWatchCore
import CaseWatchEngine
import CaseWatchStore
import Foundation

/// What `casewatch init` loads into a new store: the unit tree and the roster of a seed directory, and its
/// sample events unless left out; read and checked before any store is touched.
struct SeedLoad {
    /// The seed directory.
    let seeds: String
    private let units: [OrgUnit]
    private let leaders: [Leader]
    private let eventsPath: String?
    private let catalog: PolicySet

    /// Reads the seeds in `seeds` and checks that every sign-off tier of `catalog` has a leader.
    init(seeds: String, withEvents: Bool, catalog: PolicySet) throws {
        self.seeds = seeds
        (units, leaders) = try SeedFiles.load(from: seeds)
        let events = "\(seeds)/events.jsonl"
        eventsPath = withEvents && FileManager.default.fileExists(atPath: events) ? events : nil
        self.catalog = catalog
        let gaps = SignoffCoverage.gaps(in: catalog.policies, leaders: leaders)
        guard gaps.isEmpty else {
            throw CommandFailure(SignoffCoverageGap.wording(gaps, roster: "\(seeds)/leaders.yaml") + "\nnothing was created")
        }
    }

    /// Loads the seeds into `store` and says what was loaded.
    func load(into store: any CaseStore) throws -> String {
        try store.write { writer in
            try writer.upsertUnits(units)
            try writer.replaceLeaders(leaders)
        }
        var summary = "\(units.count) units, \(leaders.count) leaders"
        if let eventsPath {
            let parse = JSONLinesEventReader.read(try IntakeSource.text(of: eventsPath))
            let intake = EventIntake(store: store, catalog: catalog)
            let check = try intake.check(parse.records)
            let problems = parse.problems + check.problems
            guard problems.isEmpty else {
                throw CommandFailure(problems.prefix(20).map { $0.wording(file: eventsPath) }.joined(separator: "\n"))
            }
            let outcome = try intake.append(check, source: eventsPath, recordedAt: WallClock.now())
            let cases = try store.read { try $0.caseIDs().count }
            summary += ", \(outcome.stored) sample events of \(cases) cases"
        }
        return summary
    }
}
