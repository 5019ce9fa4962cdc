import CaseWatchConfig
import CaseWatchCore
import CaseWatchEngine
import CaseWatchStore
import Foundation

/// Measures intake into a file database with durable group commits: synthetic cases of five events each
/// (registered, dispatched, accepted, replied, closed), checked and appended in batches of 5,000.
enum IngestBenchmark {
    static func run(arguments: [String]) throws {
        let total = arguments.first.flatMap(Int.init) ?? 1_000_000
        let policies = arguments.count > 1 ? arguments[1] : "../policies"
        let catalog = try ConfigLoader.loadPolicySet(at: policies)
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("casewatch-bench-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let store = try SQLiteCaseStore.create(at: directory.appendingPathComponent("bench.sqlite").path)
        let units = (0..<200).map { OrgUnit(id: UnitID("u\($0)"), name: "unit \($0)", level: .community, parent: nil) }
        try store.write { try $0.upsertUnits(units) }
        let records = SyntheticEvents.make(count: total, units: units.map(\.id), zone: catalog.calendar(for: catalog.policies.last!).zone)
        let intake = EventIntake(store: store, catalog: catalog, batchSize: 5_000)
        let clock = ContinuousClock()
        var check: IntakeCheck?
        let checkTime = try clock.measure { check = try intake.check(records) }
        var outcome: IntakeOutcome?
        let appendTime = try clock.measure {
            outcome = try intake.append(check!.accepted, source: "bench", recordedAt: Instant(secondsSinceEpoch: 1_790_000_000))
        }
        let stored = outcome!.stored
        print("== ingest (file database, WAL, synchronous=FULL, 5,000 events per transaction)")
        print("\(records.count) events of \(records.count / 5) cases; \(outcome!.batches) batches")
        print("check (validate against the store)  \(String(format: "%.2f", seconds(checkTime))) s  \(Int(Double(records.count) / seconds(checkTime))) events/s")
        print("append (durable group commits)      \(String(format: "%.2f", seconds(appendTime))) s  \(Int(Double(stored) / seconds(appendTime))) events/s")
        print("end to end                          \(String(format: "%.2f", seconds(checkTime + appendTime))) s  \(Int(Double(stored) / seconds(checkTime + appendTime))) events/s")
    }
}

/// Deterministic synthetic intake: cases of five events each, spread over 2025–2026 working hours.
enum SyntheticEvents {
    /// `count` events (whole cases of five) whose case ids start with `prefix`.
    static func make(count: Int, units: [UnitID], zone: ZoneRules, prefix: String = "B") -> [IntakeRecord] {
        var generator = SplitMix64(seed: 7)
        let categories = ["road.pothole", "environment.noise", "traffic.parking", "sanitation.garbage", "heating.outage", "consultation"]
        let first = zone.instant(dayNumber: LocalDate(year: 2025, month: 1, day: 6)!.dayNumber, secondOfDay: 9 * 3600)
        var records: [IntakeRecord] = []
        records.reserveCapacity(count)
        var number = 0
        while records.count + 5 <= count {
            number += 1
            let caseID = CaseID("\(prefix)\(number)")
            let start = first.adding(seconds: Int64(number) * 60)
            let unit = units[Int.random(in: 0..<units.count, using: &generator)]
            let category = CaseCategory(categories[Int.random(in: 0..<categories.count, using: &generator)])!
            let kinds: [(Int64, CaseEventKind)] = [
                (0, .registered(category: category, urgency: Urgency("normal"), policyVersion: nil)),
                (300, .dispatched(unit: unit, resolveBy: nil)),
                (3_600 + Int64.random(in: 0..<7_200, using: &generator), .accepted),
                (86_400 + Int64.random(in: 0..<(4 * 86_400), using: &generator), .replied),
                (6 * 86_400, .closed(satisfaction: .satisfied)),
            ]
            for (index, (offset, kind)) in kinds.enumerated() {
                let event = CaseEvent(id: EventID("\(caseID)-\(index)"), caseID: caseID, at: start.adding(seconds: offset), actor: "bench", kind: kind)
                records.append(IntakeRecord(line: records.count + 1, event: event, raw: ""))
            }
        }
        return records
    }
}
