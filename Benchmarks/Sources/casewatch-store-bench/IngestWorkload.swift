import CaseWatchCore
import CaseWatchStore
import Foundation

/// The ingest workload: cases of six events each, stored in transactions of `batchSize` events; every
/// event is one insert plus one projection upsert of its case.
struct IngestWorkload {
    /// Events per case: registered, dispatched, accepted, suspended, resumed, replied.
    static let eventsPerCase = 6

    let events: [CaseEvent]
    let projections: [CaseProjection]
    let batchSize: Int

    /// `cases` cases a few minutes apart, starting 2024-10-08 09:00 Shanghai.
    init(cases: Int, batchSize: Int) throws {
        let start = Instant(secondsSinceEpoch: 1_728_349_200)
        let template = try Self.template()
        var events: [CaseEvent] = []
        var projections: [CaseProjection] = []
        events.reserveCapacity(cases * Self.eventsPerCase)
        for index in 0..<cases {
            let caseID = CaseID("2024100800" + String(index).zeroPadded(7))
            let registered = start.adding(seconds: Int64(index) * 17)
            let kinds: [CaseEventKind] = [
                .registered(category: CaseCategory("road.pothole")!, urgency: Urgency("normal"), policyVersion: "2024.1"),
                .dispatched(unit: UnitID("cc.nanguan.ziqiang"), resolveBy: nil),
                .accepted,
                .suspended(reason: "waiting for the citizen"),
                .resumed,
                .replied,
            ]
            for (step, kind) in kinds.enumerated() {
                let at = registered.adding(seconds: Int64(step) * 3600)
                events.append(CaseEvent(id: EventID("\(caseID)-\(step)"), caseID: caseID, at: at, actor: "agent-7", kind: kind))
                var projection = template
                projection.caseID = caseID
                projection.registeredAt = registered
                projection.status = [.registered, .dispatched, .accepted, .suspended, .accepted, .replied][step]
                projection.lastEventAt = at
                projection.eventCount = step + 1
                projection.resolve?.due = registered.adding(seconds: 5 * 86_400)
                projection.steps[0].due = registered.adding(seconds: 4 * 86_400)
                projections.append(projection)
            }
        }
        self.events = events
        self.projections = projections
        self.batchSize = batchSize
    }

    /// Stores every event into a new database at `path`; returns how many were stored.
    ///
    /// With `checkingDuplicates`, each event is first looked up by id, as an idempotent ingest does.
    func run(at path: String, checkingDuplicates: Bool) throws -> Int {
        let store = try SQLiteCaseStore.create(at: path)
        var stored = 0
        var next = 0
        while next < events.count {
            let end = min(next + batchSize, events.count)
            let range = next..<end
            stored += try store.write { writer in
                let batch = try writer.beginBatch(source: "bench", at: events[range.lowerBound].at)
                var count = 0
                for index in range {
                    if checkingDuplicates, try writer.containsEvent(id: events[index].id) { continue }
                    try writer.insertEvent(events[index], batch: batch, recordedAt: events[index].at)
                    try writer.saveProjection(projections[index], nextStep: projections[index].nextStep())
                    count += 1
                }
                try writer.finishBatch(batch, events: count, duplicates: 0, at: events[range.upperBound - 1].at)
                return count
            }
            next = end
        }
        return stored
    }

    /// A realistic accepted case: both deadlines, a pause, two pending steps.
    private static func template() throws -> CaseProjection {
        let json = """
            {"caseID":"x","status":"accepted","category":"road.pothole","urgency":"normal","policyVersion":"2024.1",
             "registeredAt":1728349200,"cycle":1,"reopens":0,"transfers":0,"returns":0,"extensionDays":0,
             "cycleStart":1728352800,"unit":"cc.nanguan.ziqiang",
             "accept":{"due":1728360000,"provisional":false,"explicit":false,"metAt":1728356400},
             "resolve":{"due":1729000000,"provisional":false,"explicit":false},
             "pauses":[{"start":1728360000,"end":1728363600}],
             "steps":[{"tier":"warning","deadline":"resolve","due":1728900000,"provisional":false},
                      {"tier":"overdue","deadline":"resolve","due":1729000000,"provisional":false}],
             "lastEventAt":1728363600,"eventCount":5}
            """
        return try JSONDecoder().decode(CaseProjection.self, from: Data(json.utf8))
    }
}

extension String {
    /// The string with zeros in front up to `width` characters.
    func zeroPadded(_ width: Int) -> String { String(repeating: "0", count: max(0, width - count)) + self }
}
