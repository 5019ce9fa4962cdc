import CaseWatchConfig
import CaseWatchCore
import CaseWatchEngine
import CaseWatchStore
import CaseWatchTesting
import Foundation
import Testing

/// A database of seed units supervised by `casewatchd` on a simulated clock that every restarted daemon
/// shares, the cases ingested into it, and a replay of the same events for comparison.
///
/// Only events that cannot race the daemon are ingested while the simulated time runs: registrations and
/// dispatches (their steps fire at their due instants whenever they are read), and replies ingested while
/// no daemon runs, dated from just before the case's first unrecorded step to six hours after it (the next
/// daemon must still fire the steps that fell due before the reply, as the replay does).
final class DaemonCrashScenario {
    let fixture: IntakeFixture
    let store: any CaseStore
    let policies: PolicySet
    /// The simulated instant the daemons' clock reads at the anchor.
    let start: Instant
    /// The end of the supervised period.
    let end: Instant
    /// Simulated seconds per real second.
    let rate: Int64
    /// The real instant (nanoseconds since the epoch) at which the simulated clock reads `start`.
    private(set) var anchor: Int64 = 0
    /// Every record ingested, in order.
    private(set) var records: [IntakeRecord] = []
    /// Cases replied (so that no second reply is made up for them).
    private var replied: Set<String> = []
    /// How many replies were ingested between ladder steps.
    private(set) var midLadderReplies = 0

    static let units = ["cc.nanguan", "cc.kuancheng", "cc.zhujian", "cc.jiaotong", "cc.nanguan.ziqiang.dongling"]
    static let kinds: [(category: String, urgency: String)] = [
        ("sanitation", "normal"), ("consultation", "normal"), ("water.outage", "normal"), ("road", "normal"),
        ("road.pothole", "urgent"), ("environment.noise", "urgent"), ("water.outage", "urgent"),
    ]

    /// A scenario of `days` simulated days at `rate` simulated seconds per real second, on a new SQLite file,
    /// or on `postgres` (an empty database's URL) opened as `store`.
    init(days: Int64 = 18, rate: Int64 = 100_000, postgres: (url: String, open: () throws -> any CaseStore)? = nil) throws {
        fixture = try IntakeFixture(database: postgres?.url)
        store = try postgres?.open() ?? SQLiteCaseStore.open(at: fixture.db)
        policies = try ConfigLoader.loadPolicySet(at: CommandHarness.policies)
        start = try InstantParser.parse("2026-10-12T00:00:00+08:00", zone: ZoneRules(identifier: "Asia/Shanghai")!)
        end = start.adding(seconds: days * 86_400)
        self.rate = rate
    }

    /// Starts the simulated clock `milliseconds` from now.
    func anchor(inMilliseconds milliseconds: Int64) {
        anchor = SystemClock().nanosecondsSinceEpoch() + milliseconds * 1_000_000
    }

    /// The simulated instant now (`start` until the clock is anchored).
    var now: Instant { anchor == 0 ? start : SimulatedClock(origin: start, anchorNanoseconds: anchor, rate: rate).now }

    /// The daemon's command line. The follow interval is on the simulated clock: 30 m is 18 ms of real time.
    var daemonArguments: [String] {
        [
            "--db", fixture.db, "--policies", CommandHarness.policies, "--follow-interval", "30m", "--no-deliveries",
            "--simulate-from", InstantFormatter.format(start, offsetSeconds: 0),
            "--simulate-anchor", "\(anchor)", "--simulate-rate", "\(rate)",
        ]
    }

    /// Ingests event lines as another process would; every line must be accepted.
    func ingest(_ lines: [String]) throws {
        guard !lines.isEmpty else { return }
        let parse = JSONLinesEventReader.read(lines.joined(separator: "\n"))
        let intake = EventIntake(store: store, catalog: policies)
        let check = try intake.check(parse.records)
        guard parse.problems.isEmpty, check.problems.isEmpty else {
            throw FixtureFailure(message: "refused: \(parse.problems) \(check.problems)")
        }
        _ = try intake.append(check.accepted, source: "crash-test", recordedAt: now)
        records += parse.records
    }

    /// `count` cases registered at random instants in [from, to), dispatched a minute later; a fifth of
    /// them replied within 30 minutes (before any step) and closed.
    func cases(count: Int, prefix: String, from: Instant, to: Instant, using rng: inout SeededGenerator) -> [String] {
        (0..<count).flatMap { n -> [String] in
            let caseID = "\(prefix)\(n)"
            let at = from.adding(seconds: Int64.random(in: 0..<(to.secondsSinceEpoch - from.secondsSinceEpoch), using: &rng))
            let kind = Self.kinds.randomElement(using: &rng)!
            let dispatched = at.adding(seconds: 60)
            var lines = [
                IntakeLine.json(id: "\(caseID)-1", case: caseID, type: "registered", at: at, fields: ["category": kind.category, "urgency": kind.urgency]),
                IntakeLine.json(id: "\(caseID)-2", case: caseID, type: "dispatched", at: dispatched, fields: ["unit": Self.units.randomElement(using: &rng)!]),
            ]
            if Int.random(in: 0..<5, using: &rng) == 0 {
                let reply = dispatched.adding(seconds: Int64.random(in: 120..<1_800, using: &rng))
                lines.append(IntakeLine.json(id: "\(caseID)-3", case: caseID, type: "replied", at: reply))
                lines.append(IntakeLine.json(id: "\(caseID)-4", case: caseID, type: "closed", at: reply.adding(seconds: 3_600), fields: ["satisfaction": "satisfied"]))
                replied.insert(caseID)
            }
            return lines
        }
    }

    /// Replies (and closings) for up to `limit` open cases that have fired some steps, each dated from one
    /// second before the case's first unrecorded step to six hours after it: steps that fell due before the
    /// reply must still fire when the next daemon catches up, judged as the case stood then (the replay
    /// fires them too). Call only while no daemon runs.
    func midLadderReplyLines(limit: Int, using rng: inout SeededGenerator) throws -> [String] {
        let candidates = try store.read { reader -> [(CaseID, Instant)] in
            var lastFired: [CaseID: Instant] = [:]
            for stored in try reader.escalations() {
                lastFired[stored.escalation.caseID] = max(lastFired[stored.escalation.caseID] ?? stored.escalation.dueAt, stored.escalation.dueAt)
            }
            return try lastFired.keys.sorted { $0.rawValue < $1.rawValue }.compactMap { caseID in
                guard !replied.contains(caseID.rawValue), let projection = try reader.projection(of: caseID),
                      projection.status == .dispatched || projection.status == .accepted,
                      let next = try reader.storedNextStep(of: caseID) else { return nil }
                let earliest = next.due.adding(seconds: -1)
                guard earliest > lastFired[caseID]!, earliest >= projection.lastEventAt else { return nil }
                return (caseID, earliest)
            }
        }
        return candidates.shuffled(using: &rng).prefix(limit).flatMap { caseID, earliest -> [String] in
            let at = earliest.adding(seconds: Int64.random(in: 0...21_600, using: &rng))
            replied.insert(caseID.rawValue)
            midLadderReplies += 1
            let id = caseID.rawValue
            return [
                IntakeLine.json(id: "\(id)-r", case: id, type: "replied", at: at),
                IntakeLine.json(id: "\(id)-c", case: id, type: "closed", at: at.adding(seconds: 600), fields: ["satisfaction": "dissatisfied"]),
            ]
        }
    }

    /// The steps a replay of every ingested event fires up to `end`, into a fresh database.
    func replayed() throws -> [EscalationKey] {
        try TemporaryStore.with { fresh in
            _ = try HistoryReplay(store: fresh, catalog: policies, explicitDeadlines: false).run(records, asOf: end)
            return try fresh.read { try $0.escalations() }.map { EscalationKey($0.escalation) }
        }
    }

    /// Checks the escalations stored against a replay of every ingested event: none fired before it fell
    /// due, none twice, none missing, none extra, and at least `minimum` steps in the replay (a scenario that
    /// escalates little proves little). Returns the escalations stored.
    @discardableResult
    func expectEscalationsMatchReplay(atLeast minimum: Int) throws -> [Escalation] {
        let recorded = try store.read { try $0.escalations() }.map(\.escalation)
        let early = recorded.filter { $0.detectedAt < $0.dueAt }
        #expect(early.isEmpty, "fired before due: \(early.prefix(5))")
        let daemonSteps = recorded.filter { $0.dueAt <= end }.map(EscalationKey.init)
        #expect(daemonSteps.count == Set(daemonSteps).count, "a step fired twice")
        let replayed = Set(try replayed())
        #expect(replayed.count > minimum, "the scenario should escalate plenty: \(replayed.count)")
        let missing = replayed.subtracting(daemonSteps), extra = Set(daemonSteps).subtracting(replayed)
        #expect(missing.isEmpty, "\(missing.count) steps the replay fires are missing, e.g. \(missing.sorted { $0.description < $1.description }.prefix(5))")
        #expect(extra.isEmpty, "\(extra.count) steps the replay does not fire were recorded, e.g. \(extra.sorted { $0.description < $1.description }.prefix(5))")
        return recorded
    }
}
