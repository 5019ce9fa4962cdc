import CaseWatchConfig
import CaseWatchCore
import CaseWatchEngine
import CaseWatchStore
import CaseWatchTesting
import Foundation
import Testing

/// A policy reload keeps a step still owed: one that fell due before a later event ingested while no
/// supervisor ran, so that the warning it stands for still fires.
@Suite struct SupervisorReloadOwedStepTests {
    typealias F = ReplayFixture

    func at(_ f: F, _ text: String) throws -> Instant { try InstantParser.parse(text, zone: f.zone) }

    /// C1 dispatched to unit-a on Monday 2026-10-12 09:00 (warning Friday 16th 17:00, overdue Monday 19th
    /// 17:00) and replied on Saturday the 17th, all ingested while no supervisor advanced: the warning is owed.
    @Test func aReloadOnAChangedCalendarKeepsTheOwedWarning() throws {
        let f = try F()
        try f.store.write { try $0.upsertUnits([OrgUnit(id: UnitID("unit-a"), name: "A", level: .community, parent: nil)]) }
        let intake = EventIntake(store: f.store, catalog: f.policies)
        let check = try intake.check(JSONLinesEventReader.read([
            F.line(1, "registered", "2026-10-12T09:00", F.registered), F.line(2, "dispatched", "2026-10-12T09:00", ["unit": "unit-a"]),
            F.line(3, "replied", "2026-10-17T10:00"),
        ].joined(separator: "\n")).records)
        _ = try intake.append(check.accepted, source: "test", recordedAt: at(f, "2026-10-17T10:00"))
        let owed = try #require(try f.store.read { try $0.storedNextStep(of: CaseID("C1")) })
        #expect(owed.tier == .warning, "intake keeps the warning that fell due before the reply")

        let copy = try TemporaryDirectory()
        for name in ["hotline.yaml", "calendars/cn-mainland.yaml"] {
            let text = try String(contentsOfFile: F.repositoryRoot + "/policies/" + name, encoding: .utf8)
            try copy.write(name, name == "hotline.yaml" ? text : text.replacingOccurrences(
                of: "  - {date: 2026-10-07, name: \"National Day\"}  # Wed, 国庆节\n",
                with: "  - {date: 2026-10-07, name: \"National Day\"}  # Wed, 国庆节\n  - {date: 2026-12-01, name: \"Test day off\"}\n"
            ))
        }
        var supervisor = Supervisor(store: f.store, catalog: f.policies)
        let outcome = try supervisor.reload(try ConfigLoader.loadPolicySet(at: copy.path), at: at(f, "2026-10-17T11:00"))
        #expect(outcome.changedCalendars == ["cn-mainland"])
        #expect(try f.store.read { try $0.storedNextStep(of: CaseID("C1")) } == owed, "the reload keeps the owed step")
        #expect(try supervisor.start(at: at(f, "2026-10-20T17:00")).map(\.tier) == [.warning], "the owed warning fires; the reply met the resolve deadline")
    }
}
