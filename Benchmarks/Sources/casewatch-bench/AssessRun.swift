import CaseWatchConfig
import CaseWatchCore
import CaseWatchEngine
import CaseWatchStore
import Foundation

/// Measures `casewatch assess` on a month of 1,000,000 cases and 100,000 ledger lines: the database is
/// built once through the store API and cached under /tmp; the assessment is then timed `rounds` times.
enum AssessBenchmark {
    static let rounds = 5
    static let cases = 1_000_000
    static let units = 2_000
    /// November 2026, 00:00 Shanghai.
    static let monthStart = Instant(secondsSinceEpoch: 1_793_462_400)

    static func run(arguments: [String]) throws {
        let policiesDirectory = arguments.first ?? "../policies"
        let path = arguments.dropFirst().first ?? "/tmp/casewatch-bench-assess-\(cases).sqlite"
        let clock = ContinuousClock()
        print("== assessment of a month")
        if !FileManager.default.fileExists(atPath: path) {
            let built = try clock.measure { try AssessDatabase.build(at: path + ".partial", cases: cases, units: units, start: monthStart) }
            try FileManager.default.moveItem(atPath: path + ".partial", toPath: path)
            print("built \(path) in \(Int(seconds(built))) s")
        }
        let policies = try ConfigLoader.loadPolicySet(at: policiesDirectory)
        let zone = ZoneRules(identifier: "Asia/Shanghai")!
        let store = try SQLiteCaseStore.open(at: path)
        let counts = try store.read { reader in (try reader.eventCount(), try reader.escalations().count) }
        print("\(path): \(counts.0) events, \(counts.1) escalations")
        let run = AssessmentRun(store: store, catalog: policies, zone: zone, rules: .standard)
        let period = AssessmentPeriod.month(2026, 11)
        let asOf = period.end(in: zone)
        var times: [Double] = []
        var report: AssessmentReport?
        for level in [AssessmentLevel.unit, .district] {
            times = []
            for _ in 0...rounds {
                times.append(seconds(try clock.measure { report = try run.report(period, asOf: asOf, level: level) }))
            }
            times.removeFirst()  // the warm-up round
            times.sort()
            let total = report!.total.tally
            print(
                "level \(level.rawValue): \(report!.rows.count) rows, \(total.received) cases, "
                    + "\(total.escalations.values.reduce(0, +)) escalations counted; median \(format(times[rounds / 2])) s, best \(format(times[0])) s"
            )
        }
        let record = try clock.measure { _ = try run.record(of: UnitID("cc.d0.s0.c0"), period, asOf: asOf) }
        print("assess unit cc.d0.s0.c0: \(format(seconds(record))) s")
    }

    static func format(_ value: Double) -> String { String(format: "%.2f", value) }
}

/// The benchmark's database: a city of `units` communities, `cases` cases dispatched through the month
/// (two events each and a projection: 80 % resolved on time, 10 % late, 10 % open past their deadline,
/// 70 % surveyed), and 100,000 ledger lines: 98,800 overdue escalations, 1,000 leadership ones with a
/// sign-off, 200 of those rejected and reversed.
enum AssessDatabase {
    static func build(at path: String, cases: Int, units: Int, start: Instant) throws {
        try? FileManager.default.removeItem(atPath: path)
        let store = try SQLiteCaseStore.create(at: path)
        var tree = [OrgUnit(id: UnitID("cc"), name: "City", level: .city, parent: nil)]
        for district in 0..<10 {
            let d = UnitID("cc.d\(district)")
            tree.append(OrgUnit(id: d, name: "District \(district)", level: .district, parent: UnitID("cc")))
            for street in 0..<(units / 100) {
                let s = UnitID("\(d).s\(street)")
                tree.append(OrgUnit(id: s, name: "Street \(street)", level: .street, parent: d))
                for community in 0..<10 {
                    tree.append(OrgUnit(id: UnitID("\(s).c\(community)"), name: "Community \(community)", level: .community, parent: s))
                }
            }
        }
        let communities = tree.filter { $0.level == .community }.map(\.id)
        try store.write { try $0.upsertUnits(tree) }
        let category = CaseCategory("sanitation")!
        var index = 0
        while index < cases {
            let end = min(index + 20_000, cases)
            try store.write { writer in
                for number in index..<end {
                    let caseID = CaseID("C\(number)")
                    let unit = communities[number % communities.count]
                    let dispatched = start.adding(seconds: Int64(number) * 2)
                    try writer.insertEvent(
                        CaseEvent(id: EventID("\(caseID)-1"), caseID: caseID, at: dispatched, actor: "agent",
                                  kind: .registered(category: category, urgency: Urgency("normal"), policyVersion: "2026.1")),
                        batch: nil, recordedAt: dispatched
                    )
                    try writer.insertEvent(
                        CaseEvent(id: EventID("\(caseID)-2"), caseID: caseID, at: dispatched, actor: "agent",
                                  kind: .dispatched(unit: unit, resolveBy: nil)),
                        batch: nil, recordedAt: dispatched
                    )
                    try writer.saveProjection(projection(caseID, number, unit: unit, dispatched: dispatched, category: category), nextStep: nil)
                }
            }
            index = end
        }
        var escalations: [(Escalation, signoffDue: Instant?)] = []
        for number in 0..<99_800 {
            let caseID = CaseID("C\(number * 10)")
            let unit = communities[(number * 10) % communities.count]
            let due = start.adding(seconds: Int64(number * 10) * 2 + 7 * 86_400)
            let leadership = number >= 98_800
            escalations.append((
                Escalation(caseID: caseID, cycle: 1, tier: leadership ? .leadership : .overdue, unit: unit, dueAt: due, detectedAt: due,
                           points: AssessmentPoints(hundredths: leadership ? 500 : 100), signoffLevel: leadership ? "district" : nil),
                leadership ? due.adding(seconds: 2 * 86_400) : nil
            ))
        }
        _ = try store.write { try $0.recordEscalations(escalations) }
        try store.write { writer in
            for signoff in try writer.reader.signoffs().prefix(200) {
                _ = try writer.decideSignoff(signoff.id, as: .rejected, by: "l-bench", at: signoff.dueAt, reason: "bench")
                try writer.reverseEscalationPoints(signoff.escalationID, at: signoff.dueAt)
            }
        }
    }

    /// A dispatched case: accept due the next day, resolve due in a week; met, late, or open past it.
    static func projection(_ caseID: CaseID, _ number: Int, unit: UnitID, dispatched: Instant, category: CaseCategory) -> CaseProjection {
        let resolveDue = dispatched.adding(seconds: 7 * 86_400)
        let open = number % 10 == 9
        let late = number % 10 == 8
        let replied: Instant? = open ? nil : resolveDue.adding(seconds: late ? 3_600 : -86_400)
        var projection = template
        projection.caseID = caseID
        projection.registeredAt = dispatched
        projection.cycleStart = dispatched
        projection.unit = unit
        projection.status = open ? .accepted : .closed
        projection.accept = DeadlineState(due: dispatched.adding(seconds: 86_400), provisional: false, explicit: false,
                                          metAt: dispatched.adding(seconds: number % 20 == 0 ? 90_000 : 3_600))
        projection.resolve = DeadlineState(due: resolveDue, provisional: false, explicit: false, metAt: replied)
        projection.closedAt = replied?.adding(seconds: 3_600)
        projection.satisfaction = open || number % 10 >= 7 ? nil : (number % 7 == 0 ? .dissatisfied : .satisfied)
        projection.lastEventAt = replied ?? dispatched
        return projection
    }

    /// The members every benchmark case shares.
    static let template: CaseProjection = {
        let json = """
            {"caseID":"x","status":"accepted","category":"sanitation","urgency":"normal","policyVersion":"2026.1",
             "registeredAt":0,"cycle":1,"reopens":0,"transfers":0,"returns":0,"extensionDays":0,"pauses":[],"steps":[],
             "lastEventAt":0,"eventCount":2}
            """
        return try! JSONDecoder().decode(CaseProjection.self, from: Data(json.utf8))
    }()
}
