import CaseWatchConfig
import CaseWatchCore
import CaseWatchEngine
import CaseWatchStore
import CaseWatchTesting
import Foundation
import Testing

/// The next step stored with a case has one rule (``NextStepRule``): for random event histories ingested
/// in several batches, with the supervisor advancing, down, restarted or reloading policies (once on a
/// calendar with a new holiday) between them, intake, the supervisor, a reload and the projection rebuild
/// agree at every stop, and the history replay of the same events into a fresh store agrees at the end on
/// every case's stored next step and every escalation.
@Suite struct NextStepAgreementTests {
    /// 20 stores (one per seed, run in parallel) of 500 cases each: 10,000 histories.
    static let seeds: [UInt64] = Array(0..<20)
    static let casesPerTrial = 500

    /// The Wednesday made a holiday by the calendar change; the change is loaded before it.
    static let newHoliday = "2026-10-28"

    /// The policies, loaded once for every seed.
    static let policies = Result { try NextStepAgreementPolicies() }

    @Test(arguments: seeds)
    func intakeSupervisorReloadRebuildAndReplayAgree(seed: UInt64) throws {
        var run = try NextStepAgreementRun(policies: Self.policies.get(), seed: seed)
        try run.check(cases: Self.casesPerTrial)
    }
}

/// The shipped policies, and a copy whose calendar gains a holiday on ``NextStepAgreementTests/newHoliday``.
struct NextStepAgreementPolicies: Sendable {
    let original: PolicySet
    let changed: PolicySet
    let zone = ZoneRules(identifier: "Asia/Shanghai")!

    init() throws {
        original = try ConfigLoader.loadPolicySet(at: ReplayFixture.repositoryRoot + "/policies")
        let copy = try TemporaryDirectory()
        let nationalDay = "  - {date: 2026-10-07, name: \"National Day\"}  # Wed, 国庆节\n"
        for name in ["hotline.yaml", "calendars/cn-mainland.yaml"] {
            let text = try String(contentsOfFile: ReplayFixture.repositoryRoot + "/policies/" + name, encoding: .utf8)
            try copy.write(name, name == "hotline.yaml" ? text : text.replacingOccurrences(
                of: nationalDay, with: nationalDay + "  - {date: \(NextStepAgreementTests.newHoliday), name: \"Test day off\"}\n"
            ))
        }
        changed = try ConfigLoader.loadPolicySet(at: copy.path)
        precondition(!original.calendar(for: original.policies[0]).hasSameRules(as: changed.calendar(for: changed.policies[0])))
    }
}

/// One store of random histories taken through intake, the supervisor, reloads, the rebuild and the replay.
struct NextStepAgreementRun {
    let policies: NextStepAgreementPolicies
    let seed: UInt64
    var rng: SeededGenerator
    let directory: TemporaryDirectory
    let store: SQLiteCaseStore
    var supervisor: Supervisor
    var catalog: PolicySet
    var calendarChanged = false
    init(policies: NextStepAgreementPolicies, seed: UInt64) throws {
        self.policies = policies
        self.seed = seed
        rng = SeededGenerator(seed: seed)
        directory = try TemporaryDirectory()
        store = try SQLiteCaseStore.create(at: directory.path + "/intake.sqlite")
        catalog = policies.original
        supervisor = Supervisor(store: store, catalog: catalog)
    }

    mutating func check(cases: Int) throws {
        let start = try InstantParser.parse("2026-10-12T08:00", zone: policies.zone)
        let holiday = try InstantParser.parse(NextStepAgreementTests.newHoliday + "T00:00", zone: policies.zone)
        let events = RandomCaseHistories(catalog: policies.original).make(count: cases, from: start, using: &rng)
        let end = events.last!.at.adding(seconds: 60 * Int64.random(in: 0...(10 * 24 * 60), using: &rng))
        let units = RandomCaseHistories.units.map { OrgUnit(id: $0, name: $0.rawValue, level: .community, parent: nil) }
        try store.write { try $0.upsertUnits(units) }
        _ = try supervisor.start(at: start.adding(seconds: -3_600))

        // Stops between batches: a few random instants, and one at or before the new holiday for the change.
        var stops = (0..<Int.random(in: 1...2, using: &rng)).map { _ in
            start.adding(seconds: 60 * Int64.random(in: 1...(14 * 24 * 60), using: &rng))
        }
        let beforeHoliday = (holiday.secondsSinceEpoch - start.secondsSinceEpoch) / 60
        let change = Bool.random(using: &rng) ? start.adding(seconds: 60 * Int64.random(in: 1...beforeHoliday, using: &rng)) : nil
        if let change { stops.append(change) }
        stops = Array(Set(stops.map(\.secondsSinceEpoch))).sorted().map(Instant.init(secondsSinceEpoch:))
        var from = 0
        for stop in stops + [end.adding(seconds: 1)] {
            let batch = events[from...].prefix { $0.at < stop }
            try ingest(Array(batch))
            from += batch.count
            guard stop <= end else { break }
            try act(at: stop, changingCalendar: stop == change)
            try expectRebuildAgrees(at: stop)
        }
        _ = try supervisor.followLog()
        _ = try supervisor.advance(to: end)
        try expectRebuildAgrees(at: end)
        try expectReplayAgrees(events, asOf: end)
        #expect(supervisor.skipped.isEmpty)
    }

    /// Ingests `events` through intake, in transactions of a random size, whether a supervisor runs or not.
    private mutating func ingest(_ events: [CaseEvent]) throws {
        guard !events.isEmpty else { return }
        let records = events.enumerated().map { IntakeRecord(line: $0.offset + 1, event: $0.element, raw: "") }
        let intake = EventIntake(store: store, catalog: catalog, batchSize: Int.random(in: 50...500, using: &rng))
        let checked = try intake.check(records)
        #expect(checked.problems.isEmpty, "seed \(seed): \(checked.problems.prefix(3))")
        _ = try intake.append(checked.accepted, source: "test", recordedAt: events.last!.at)
    }

    /// Just before the next batch's first event: the supervisor advances, or is down, or restarts, or
    /// reloads (on the changed calendar when `changingCalendar`; the change comes before the new holiday).
    private mutating func act(at stop: Instant, changingCalendar: Bool) throws {
        let now = stop.adding(seconds: -1)
        if changingCalendar {
            catalog = policies.changed
            calendarChanged = true
            _ = try supervisor.reload(catalog, at: now)
            return
        }
        switch Int.random(in: 0..<4, using: &rng) {
        case 0:
            _ = try supervisor.followLog()
            _ = try supervisor.advance(to: now)
        case 1:
            supervisor = Supervisor(store: store, catalog: catalog)
            _ = try supervisor.start(at: now)
        case 2:
            _ = try supervisor.reload(catalog, at: now)
        default:
            break // the daemon is down: owed steps pile up
        }
    }

    /// The rebuild finds every stored next step as its events give it; a case whose projection differs
    /// is a case closed before the calendar changed (a reload recomputes only open cases).
    private func expectRebuildAgrees(at stop: Instant) throws {
        let (_, differences) = try ProjectionRebuild(store: store, catalog: catalog).run(repair: false)
        for difference in differences {
            let status = try store.read { try $0.projection(of: difference.caseID)?.status }
            let allowed = calendarChanged && status == .closed && !difference.fields.contains("next step")
            let stored = try store.read { try $0.storedNextStep(of: difference.caseID) }
            #expect(allowed, "seed \(seed), stop \(stop.secondsSinceEpoch): \(difference); stored \(String(describing: stored)); \(history(of: difference.caseID))")
        }
    }

    /// A replay of the same events into a fresh store stores the same next step for every case, and the
    /// same escalations, as the supervised intake store caught up to `asOf`.
    private func expectReplayAgrees(_ events: [CaseEvent], asOf: Instant) throws {
        let replayStore = try SQLiteCaseStore.create(at: directory.path + "/replay.sqlite")
        let records = events.enumerated().map { IntakeRecord(line: $0.offset + 1, event: $0.element, raw: "") }
        let summary = try HistoryReplay(store: replayStore, catalog: catalog, explicitDeadlines: false).run(records, asOf: asOf)
        #expect(summary.rejected.isEmpty, "seed \(seed)")
        let ids = try store.read { try $0.caseIDs() }
        let liveSteps = try store.read { reader in try ids.map { try reader.storedNextStep(of: $0) } }
        let replayedSteps = try replayStore.read { reader in try ids.map { try reader.storedNextStep(of: $0) } }
        for (id, (live, replayed)) in zip(ids, zip(liveSteps, replayedSteps)) where live != replayed {
            Issue.record("seed \(seed), case \(id): supervised \(String(describing: live)), replayed \(String(describing: replayed)); \(history(of: id))")
        }
        let live = Set(try store.read { try $0.escalations() }.map { EscalationKey($0.escalation) })
        let replayed = Set(try replayStore.read { try $0.escalations() }.map { EscalationKey($0.escalation) })
        let liveOnly = live.subtracting(replayed).sorted { $0.description < $1.description }
        let replayedOnly = replayed.subtracting(live).sorted { $0.description < $1.description }
        #expect(liveOnly.isEmpty && replayedOnly.isEmpty, "seed \(seed): supervised only \(liveOnly.prefix(5)), replayed only \(replayedOnly.prefix(5)); \(history(of: (liveOnly + replayedOnly).first.map { CaseID($0.caseID) }))")
    }

    /// The case's events and escalations in the supervised store, to reproduce a failure.
    private func history(of caseID: CaseID?) -> String {
        guard let caseID else { return "" }
        let events = ((try? store.read { try $0.events(of: caseID) }) ?? []).map { "\($0.event.kind.type)@\($0.event.at.secondsSinceEpoch)" }
        let fired = ((try? store.read { try $0.escalations(caseID: caseID) }) ?? []).map { "\($0.escalation.cycle)/\($0.escalation.tier)@\($0.escalation.dueAt.secondsSinceEpoch)" }
        return "\(caseID) events \(events.joined(separator: " ")); fired \(fired.joined(separator: " "))"
    }
}
