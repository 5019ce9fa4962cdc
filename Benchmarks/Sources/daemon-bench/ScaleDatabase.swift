import BenchSupport
import CaseWatchConfig
import CaseWatchCore
import CaseWatchEngine
import CaseWatchStore
import Foundation

/// The database of the scale benchmark: `count` open cases (registered and dispatched in the past day,
/// normal urgency, resolve in 3 to 15 working days, so that every next step is days to weeks ahead),
/// built once through the engine's intake and cached under `/tmp`; rebuilt when a step falls due within a
/// day. Also an empty database (the unit tree only) for the baseline.
enum ScaleDatabase {
    static let directory = "/tmp/casewatch-daemon-bench"
    static let units = (0..<200).map { OrgUnit(id: UnitID("cc.bench.u\($0)"), name: "unit \($0)", level: .community, parent: nil) }
    static let categories = ["consultation", "road", "complaint", "sanitation.garbage"]

    /// The path of a database of `count` open cases, built if missing or stale.
    static func prepare(count: Int, policies: String) throws -> String {
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        let path = "\(directory)/open-\(count).sqlite"
        let now = SystemClock().now
        if FileManager.default.fileExists(atPath: path) {
            let (waiting, earliest) = try SQLiteCaseStore.open(at: path).read { try $0.pendingStepSummary() }
            if waiting == count, let earliest, earliest.secondsSinceEpoch > now.secondsSinceEpoch + 86_400 {
                print("reusing \(path): \(waiting) open cases, earliest step \(InstantFormatter.format(earliest, offsetSeconds: 0))")
                return path
            }
            print("\(path) is stale (\(waiting) waiting, earliest \(earliest.map { InstantFormatter.format($0, offsetSeconds: 0) } ?? "none")); rebuilding")
            for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
        }
        let started = ContinuousClock.now
        let catalog = try ConfigLoader.loadPolicySet(at: policies)
        let store = try SQLiteCaseStore.create(at: path)
        try store.write { try $0.upsertUnits(units) }
        let intake = EventIntake(store: store, catalog: catalog)
        let chunk = 100_000
        for first in stride(from: 0, to: count, by: chunk) {
            let records = self.records(cases: first..<min(count, first + chunk), total: count, now: now)
            let check = try intake.check(records)
            guard check.problems.isEmpty else { throw BenchFailure("intake refused: \(check.problems.prefix(3))") }
            _ = try intake.append(check.accepted, source: "daemon-bench", recordedAt: now)
        }
        let (waiting, earliest) = try store.read { try $0.pendingStepSummary() }
        print("built \(path) in \(ContinuousClock.now - started): \(waiting) open cases, earliest step \(earliest.map { InstantFormatter.format($0, offsetSeconds: 0) } ?? "none")")
        return path
    }

    /// A new empty database (units only), replacing any before.
    static func empty() throws -> String {
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        let path = "\(directory)/empty.sqlite"
        for suffix in ["", "-wal", "-shm", ".daemon"] { try? FileManager.default.removeItem(atPath: path + suffix) }
        let store = try SQLiteCaseStore.create(at: path)
        try store.write { try $0.upsertUnits(units) }
        return path
    }

    /// Two events per case, registered and dispatched at the same instant in the day before `now`; ids
    /// in the hotline's form (`12345-<date>-<number>`, 20 characters, too long for an inline string).
    private static func records(cases: Range<Int>, total: Int, now: Instant) -> [IntakeRecord] {
        var records: [IntakeRecord] = []
        records.reserveCapacity(2 * cases.count)
        for index in cases {
            let at = now.adding(seconds: -86_400 + Int64(index) * 86_000 / Int64(total))
            let caseID = CaseID("12345-20261129-\(String(1_000_000 + index).dropFirst())")
            let kinds: [CaseEventKind] = [
                .registered(category: CaseCategory(categories[index % categories.count])!, urgency: Urgency("normal"), policyVersion: nil),
                .dispatched(unit: units[index % units.count].id, resolveBy: nil),
            ]
            for (number, kind) in kinds.enumerated() {
                let event = CaseEvent(id: EventID("\(caseID)-\(number + 1)"), caseID: caseID, at: at, actor: "bench", kind: kind)
                records.append(IntakeRecord(line: records.count + 1, event: event, raw: ""))
            }
        }
        return records
    }
}
