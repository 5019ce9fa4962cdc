import CaseWatchConfig
import CaseWatchCore
import CaseWatchEngine
import CaseWatchStore
import CaseWatchTesting
import Foundation
import Testing

/// Replacing policies and calendars under open cases, and following what other processes append.
@Suite struct SupervisorReloadTests {
    typealias F = ReplayFixture


    /// A copy of the shipped policy directory, with `edit` applied to the text of `file` in it.
    func policies(editing file: String, _ edit: (String) -> String) throws -> (TemporaryDirectory, PolicySet) {
        let copy = try TemporaryDirectory()
        for name in ["hotline.yaml", "calendars/cn-mainland.yaml"] {
            let text = try String(contentsOfFile: F.repositoryRoot + "/policies/" + name, encoding: .utf8)
            try copy.write(name, name == file ? edit(text) : text)
        }
        return (copy, try ConfigLoader.loadPolicySet(at: copy.path))
    }

    /// C1 dispatched to unit-a on Monday 2026-10-12 09:00: warning Friday 16th 17:00, overdue Monday 19th 17:00.
    func started(_ f: F) throws -> Supervisor {
        try started(f, dispatchedAt: "2026-10-12T09:00")
    }

    /// A supervisor started an hour before C1 is registered and dispatched to unit-a at `dispatchedAt`.
    func started(_ f: F, dispatchedAt: String) throws -> Supervisor {
        try f.store.write { try $0.upsertUnits([OrgUnit(id: UnitID("unit-a"), name: "A", level: .community, parent: nil)]) }
        var supervisor = Supervisor(store: f.store, catalog: f.policies)
        _ = try supervisor.start(at: f.at(dispatchedAt).adding(seconds: -3_600))
        _ = try supervisor.ingest(JSONLinesEventReader.read([
            F.line(1, "registered", dispatchedAt, F.registered), F.line(2, "dispatched", dispatchedAt, ["unit": "unit-a"]),
        ].joined(separator: "\n")).records, source: "test", at: f.at(dispatchedAt))
        return supervisor
    }

    @Test func aNewHolidayReachesTheOpenCasesItDelays() throws {
        let f = try F()
        var supervisor = try started(f)
        let (directory, edited) = try policies(editing: "calendars/cn-mainland.yaml") { text in
            text.replacingOccurrences(
                of: "  - {date: 2026-10-07, name: \"National Day\"}  # Wed, 国庆节\n",
                with: "  - {date: 2026-10-07, name: \"National Day\"}  # Wed, 国庆节\n  - {date: 2026-10-14, name: \"Test day off\"}\n"
            )
        }
        _ = directory
        let outcome = try supervisor.reload(edited, at: f.at("2026-10-13T10:00"))
        #expect(outcome == PolicyReloadOutcome(changedCalendars: ["cn-mainland"], recomputedCases: 1))
        let step = try #require(try f.store.read { try $0.storedNextStep(of: CaseID("C1")) })
        #expect(step.tier == .warning)
        #expect(f.show(step.due) == "2026-10-19T17:00:00+08:00", "the 14th off: the 4th working day is the 19th")
        #expect(try supervisor.advance(to: f.at("2026-10-16T17:00")).isEmpty, "the old warning instant no longer fires")
        #expect(try supervisor.advance(to: f.at("2026-10-20T17:00")).map(\.tier) == [.warning, .overdue])
    }

    @Test func provisionalDeadlinesBecomeFinalWhenTheirYearIsCovered() throws {
        let f = try F()
        var supervisor = try started(f, dispatchedAt: "2026-12-28T09:00")
        let before = try #require(try f.store.read { try $0.projection(of: CaseID("C1")) })
        #expect(before.resolve?.provisional == true, "2027 is not covered yet: 29–31 Dec, then 1 and 4 Jan")
        let (directory, edited) = try policies(editing: "calendars/cn-mainland.yaml") { text in
            text.replacingOccurrences(of: "covers: {from: 2023, to: 2026}", with: "covers: {from: 2023, to: 2027}")
                .replacingOccurrences(
                    of: "  - {date: 2026-10-07, name: \"National Day\"}  # Wed, 国庆节\n",
                    with: "  - {date: 2026-10-07, name: \"National Day\"}  # Wed, 国庆节\n  - {date: 2027-01-01, name: \"New Year's Day\"}\n"
                )
        }
        _ = directory
        let outcome = try supervisor.reload(edited, at: f.at("2026-12-28T10:00"))
        #expect(outcome.recomputedCases == 1)
        let after = try #require(try f.store.read { try $0.projection(of: CaseID("C1")) })
        #expect(after.resolve?.provisional == false)
        #expect(after.resolve.map { f.show($0.due) } == "2027-01-05T17:00:00+08:00", "1 January is now a holiday")
    }

    @Test func aPolicyChangeLeavesOpenCasesOnTheirPinnedVersion() throws {
        let f = try F()
        var supervisor = try started(f)
        let (directory, edited) = try policies(editing: "hotline.yaml") { text in
            text.replacingOccurrences(of: "version: \"2026.1\"", with: "version: \"2027.1\"")
        }
        _ = directory
        #expect(edited.policy(version: "2026.1") == nil, "the new files no longer hold the pinned version")
        let outcome = try supervisor.reload(edited, at: f.at("2026-10-13T10:00"))
        #expect(outcome == PolicyReloadOutcome(changedCalendars: [], recomputedCases: 0))
        #expect(supervisor.catalog.policy(version: "2026.1") != nil)
        #expect(supervisor.catalog.policy(at: try f.at("2026-10-13T10:00"))?.version == "2027.1", "new cases take the new version")
        let fired = try supervisor.advance(to: f.at("2026-10-19T17:00"))
        #expect(fired.map(\.tier) == [.warning, .overdue], "the open case still fires on its pinned policy")
        #expect(supervisor.skipped.isEmpty)
    }

    @Test func eventsAnotherProcessAppendsMoveTheWheel() throws {
        let f = try F()
        var supervisor = try started(f)
        #expect(supervisor.waiting == 1)
        let other = try SQLiteCaseStore.open(at: f.store.path)
        let intake = EventIntake(store: other, catalog: f.policies)
        let check = try intake.check(JSONLinesEventReader.read(F.line(3, "replied", "2026-10-13T10:00")).records)
        _ = try intake.append(check.accepted, source: "other", recordedAt: f.at("2026-10-13T10:00"))
        #expect(try supervisor.followLog() == 1)
        #expect(supervisor.waiting == 0)
        #expect(try supervisor.followLog() == 0, "each event is followed once")
        #expect(try supervisor.advance(to: f.at("2026-12-01T00:00")).isEmpty)
    }
}
