import CaseWatchCore
@testable import CaseWatchEngine
import CaseWatchStore
import Testing

/// The replay's background writer: batches land in order, and the first failure stops the rest.
@Suite struct ReplayWriterTests {
    typealias F = ReplayFixture

    static func registered(_ caseID: String, id: String) -> CaseEvent {
        CaseEvent(
            id: EventID(id), caseID: CaseID(caseID), at: Instant(secondsSinceEpoch: 1_800_000_000), actor: "test",
            kind: .registered(category: CaseCategory("sanitation")!, urgency: Urgency(rawValue: "normal"), policyVersion: nil)
        )
    }

    static func batch(_ events: [CaseEvent]) -> ReplayWriter.Batch {
        ReplayWriter.Batch(events: events, escalations: [], projections: [])
    }

    @Test func batchesAreWrittenInTheOrderHandedOver() throws {
        let f = try F()
        let writer = ReplayWriter(store: f.store)
        for n in 0..<10 {
            try writer.submit(Self.batch([Self.registered("C\(n)", id: "E\(n)")]))
        }
        try writer.finish()
        let events = try f.store.read { reader in try (0..<10).map { try reader.events(of: CaseID("C\($0)")) } }
        #expect(events.map(\.count) == Array(repeating: 1, count: 10))
        let sequence = events.map { $0[0].seq }
        #expect(sequence == sequence.sorted())
    }

    @Test func theFirstFailureStopsLaterBatchesAndIsThrown() throws {
        let f = try F()
        let writer = ReplayWriter(store: f.store)
        try writer.submit(Self.batch([Self.registered("C1", id: "E1")]))
        try writer.submit(Self.batch([Self.registered("C2", id: "E2"), Self.registered("C1", id: "E1")]))
        var thrown = false
        do {
            try writer.submit(Self.batch([Self.registered("C3", id: "E3")]))
            try writer.finish()
        } catch {
            thrown = true
        }
        #expect(thrown)
        let counts = try f.store.read { reader in try ["C1", "C2", "C3"].map { try reader.events(of: CaseID($0)).count } }
        #expect(counts == [1, 0, 0], "the failed batch is rolled back whole and nothing after it is written")
    }

    @Test func aReplayInManySmallBatchesStoresTheSameAsInOne() throws {
        let lines = (1...6).flatMap { n in
            [
                F.line(1, "registered", "2026-10-12T09:0\(n)", F.registered, case: "C\(n)"),
                F.line(2, "dispatched", "2026-10-12T09:0\(n)", ["unit": "unit-\(n % 2)"], case: "C\(n)"),
            ]
        }
        let parse = JSONLinesEventReader.read(lines.joined(separator: "\n"))
        var results: [[Escalation]] = []
        for batchSize in [1, 20_000] {
            let f = try F()
            var replay = HistoryReplay(store: f.store, catalog: f.policies, explicitDeadlines: false)
            replay.batchSize = batchSize
            let summary = try replay.run(parse.records, asOf: try InstantParser.parse("2026-12-31T00:00:00+08:00", zone: f.zone))
            #expect(summary.events == 12)
            #expect(try f.store.read { try $0.eventCount() } == 12)
            results.append(try f.store.read { try $0.escalations() }.map(\.escalation))
        }
        #expect(results[0].count == 30)
        #expect(results[0] == results[1])
    }
}
