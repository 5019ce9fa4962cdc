import CaseWatchConfig
import CaseWatchCore
import CaseWatchEngine
import CaseWatchStore
import Foundation

/// The wall benchmark's databases: the seeds' unit tree and `count` open cases dispatched to its
/// communities over the ten days before ``now`` (normal urgency: some overdue, some due today, most
/// ahead), built once through the engine's intake and cached under /tmp.
enum WallDatabase {
    static let directory = "/tmp/casewatch-wall-bench"
    /// The instant the summaries are read at: Wednesday 2026-11-25 10:00 (+08:00).
    static let now = Instant(secondsSinceEpoch: 1_795_572_000)
    static let categories = ["consultation", "road", "complaint", "sanitation.garbage"]

    /// The path of the database of `count` open cases, built if missing.
    static func prepare(count: Int, repository: String) throws -> String {
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        let path = "\(directory)/open-\(count).sqlite"
        if FileManager.default.fileExists(atPath: path) { return path }
        let started = ContinuousClock.now
        let building = path + ".building"
        for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: building + suffix) }
        let catalog = try ConfigLoader.loadPolicySet(at: repository + "/policies")
        let units = try ConfigLoader.loadUnits(at: repository + "/seeds/units.yaml")
        let targets = units.filter { $0.level == .community }.map(\.id)
        let store = try SQLiteCaseStore.create(at: building)
        try store.write { try $0.upsertUnits(units) }
        let intake = EventIntake(store: store, catalog: catalog)
        let chunk = 100_000
        for first in stride(from: 0, to: count, by: chunk) {
            let records = self.records(cases: first..<min(count, first + chunk), total: count, units: targets)
            let check = try intake.check(records)
            guard check.problems.isEmpty else { throw WallBenchFailure(reason: "intake refused: \(check.problems.prefix(3))") }
            _ = try intake.append(check.accepted, source: "wall-bench", recordedAt: now)
        }
        for suffix in ["-wal", "-shm"] { try? FileManager.default.removeItem(atPath: building + suffix) }
        try FileManager.default.moveItem(atPath: building, toPath: path)
        print("built \(path) in \(ContinuousClock.now - started)")
        return path
    }

    /// Two events per case, registered and dispatched at the same instant in the ten days before `now`.
    private static func records(cases: Range<Int>, total: Int, units: [UnitID]) -> [IntakeRecord] {
        var records: [IntakeRecord] = []
        records.reserveCapacity(2 * cases.count)
        for index in cases {
            let at = now.adding(seconds: -864_000 + Int64(index) * 863_000 / Int64(total))
            let caseID = CaseID("W\(index)")
            let kinds: [CaseEventKind] = [
                .registered(category: CaseCategory(categories[index % categories.count])!, urgency: Urgency("normal"), policyVersion: nil),
                .dispatched(unit: units[index % units.count], resolveBy: nil),
            ]
            for (number, kind) in kinds.enumerated() {
                let event = CaseEvent(id: EventID("\(caseID)-\(number + 1)"), caseID: caseID, at: at, actor: "bench", kind: kind)
                records.append(IntakeRecord(line: records.count + 1, event: event, raw: ""))
            }
        }
        return records
    }
}

/// The benchmark could not build its database.
struct WallBenchFailure: Error {
    let reason: String
}
