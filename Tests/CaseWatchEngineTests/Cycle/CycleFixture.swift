import CaseWatchConfig
import CaseWatchCore
import CaseWatchEngine
import CaseWatchStore
import CaseWatchTesting
import Foundation
import Logging

/// A live database supervised by a ``SupervisionCycle`` on a ``ManualClock``, every event it was given,
/// and a second database into which the same events are replayed for comparison.
final class CycleFixture: ZonedFixture {
    let directory: TemporaryDirectory
    let store: SQLiteCaseStore
    let policies: PolicySet
    let zone = ZoneRules(identifier: "Asia/Shanghai")!
    /// Every record ingested so far, in order.
    private(set) var ingested: [IntakeRecord] = []

    static let units = ["unit-a", "unit-b", "unit-c"]

    /// A fresh live database with three units; writes wait at most `busyTimeout` for another writer.
    init(busyTimeout: Duration = SQLiteCaseStore.defaultBusyTimeout) throws {
        let temporary = try TemporaryStore(named: "live.sqlite", busyTimeout: busyTimeout)
        directory = temporary.directory
        store = temporary.store
        policies = try ConfigLoader.loadPolicySet(at: ReplayFixture.repositoryRoot + "/policies")
        try store.write { writer in
            try writer.upsertUnits(Self.units.map { OrgUnit(id: UnitID($0), name: $0, level: .community, parent: nil) })
        }
    }

    /// Appends the lines to the live event log as another process would (the cycle finds them by
    /// following the log); every line must be accepted.
    func ingest(_ lines: [String]) throws {
        let parse = JSONLinesEventReader.read(lines.joined(separator: "\n"))
        precondition(parse.problems.isEmpty, "\(parse.problems)")
        let intake = EventIntake(store: store, catalog: policies)
        let check = try intake.check(parse.records)
        precondition(check.problems.isEmpty, "\(check.problems)")
        _ = try intake.append(check.accepted, source: "test", recordedAt: parse.records.map(\.event.at).max()!)
        ingested += parse.records
    }

    /// A cycle on `clock` over the live database.
    func cycle(clock: ManualClock, logger: Logger, settings: SupervisionSettings = SupervisionSettings()) -> SupervisionCycle {
        SupervisionCycle(supervisor: Supervisor(store: store, catalog: policies), clock: clock, settings: settings, logger: logger, seat: nil)
    }

    /// The escalations of a replay of every ingested event up to `asOf`, into a fresh database.
    func replayed(asOf: Instant) throws -> [EscalationKey] {
        try TemporaryStore.with { fresh in
            _ = try HistoryReplay(store: fresh, catalog: policies, explicitDeadlines: false).run(ingested, asOf: asOf)
            return try fresh.read { try $0.escalations() }.map { EscalationKey($0.escalation) }
        }
    }

    /// The escalations stored in the live database.
    func stored() throws -> [Escalation] {
        try store.read { try $0.escalations() }.map(\.escalation)
    }

    /// The stored next steps of the live database.
    func pendingSteps() throws -> [String] {
        try store.read { try $0.pendingSteps() }.map { "\($0.caseID)@\($0.due.secondsSinceEpoch)" }
    }
}
