import CaseWatchCore
import CaseWatchEngine
import CaseWatchStore
import Testing

/// Intake and replay refuse with typed reasons that carry their data (the wording is the commands').
@Suite struct IntakeRefusalTests {
    typealias F = ReplayFixture

    @Test func eachRefusedRecordCarriesItsReasonAndData() throws {
        let s = try SignoffFixture()
        let parse = JSONLinesEventReader.read([
            F.line(1, "registered", "2026-10-23T09:00", F.registered, case: "C2"),
            F.line(2, "dispatched", "2026-10-23T09:00", ["unit": "cc.nowhere"], case: "C2"),
            F.line(1, "registered", "2026-10-23T09:01", F.registered, case: "C2"),
            F.line(1, "accepted", "2026-10-23T09:00", case: "C3"),
            F.line(1, "registered", "2026-10-12T09:00", ["category": "roads", "urgency": "normal"]),
            #"{"actor":"test","at":"2026-10-23T09:00:00+08:00","case":"C4","id":"C4-1","type":"registered","urgency":7}"#,
        ].joined(separator: "\n"))
        let check = try EventIntake(store: s.f.store, catalog: s.f.policies).check(parse.records)
        let reasons = (parse.problems + check.problems).sorted { $0.line < $1.line }.map { ($0.line, $0.reason) }
        #expect(reasons.count == 5, "\(reasons)")
        #expect(reasons[0].0 == 2 && reasons[0].1 == .unknownUnit(UnitID("cc.nowhere")))
        #expect(reasons[1].0 == 3 && reasons[1].1 == .eventIDReused(EventID("C2-1"), firstLine: 1))
        guard case .refusedTransition = reasons[2].1 else { Issue.record("\(reasons[2])"); return }
        guard case let .eventIDStoredWithOtherContent(id, _) = reasons[3].1 else { Issue.record("\(reasons[3])"); return }
        #expect(id == EventID("C1-1"))
        guard case .unreadable = reasons[4].1 else { Issue.record("\(reasons[4])"); return }
    }

    @Test func envelopeProblemsAreTyped() {
        let parse = JSONLinesEventReader.read([
            #"{"actor":"a","at":"2026-10-23T09:00:00+08:00","case":"C1","id":"E1","type":"acepted"}"#,
            #"{"actor":"a","at":"2026-10-23T09:00:00+08:00","case":"C1","id":"E2","type":"teleported"}"#,
            #"{"at":"2026-10-23T09:00:00+08:00","case":"C1","id":"E3","type":"accepted"}"#,
            #"{"actor":"a","at":"2026-10-23T09:00:00+08:00","case":"C1\u001b[2J","id":"E4","type":"accepted"}"#,
        ].joined(separator: "\n"))
        #expect(parse.problems.map(\.reason) == [
            .unknownEventType("acepted", closest: .accepted),
            .unknownEventType("teleported", closest: nil),
            .missingField("actor"),
            .controlCharacter(field: "case", value: "C1\u{1B}[2J", scalar: "\u{1B}"),
        ])
    }

    @Test func aReplayIntoADatabaseHoldingItsCasesIsRefused() throws {
        let s = try SignoffFixture()
        let parse = JSONLinesEventReader.read(F.line(1, "registered", "2026-10-12T09:00", F.registered))
        let replay = HistoryReplay(store: s.f.store, catalog: s.f.policies, explicitDeadlines: false)
        #expect(throws: ReplayRefusal.casesAlreadyStored(count: 1, example: CaseID("C1"))) {
            try replay.run(parse.records, asOf: try s.at("2026-10-30T09:00"))
        }
    }
}
