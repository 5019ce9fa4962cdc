import CaseWatchCore
import CaseWatchStore
import CaseWatchWheel

/// Replays a case history on a virtual clock: the events in time order, and between them every ladder
/// step that falls due, fired from a timer wheel exactly as the daemon would have fired it live.
///
/// Events at an instant are applied before timers at the same instant, so a reply at exactly the due
/// instant is on time. Projections live in memory during the replay; events, projections and escalations
/// are written in batches, each one transaction, by a background writer while the replay goes on (see
/// ``ReplayWriter``). Records the lifecycle refuses are skipped and reported.
public struct HistoryReplay {
    /// The store written to; it must not hold any of the history's cases yet.
    public let store: any CaseStore
    /// The policies (with their explicit-deadline variants).
    public let catalog: VariantPolicyCatalog
    /// Whether only the history's own deadlines count (`--deadlines explicit`).
    public let explicitDeadlines: Bool
    /// Events per transaction.
    public var batchSize = 20_000
    /// Whether each escalation also writes its notices to the outbox, as the daemon does (`casewatch replay
    /// --notify`); off by default, so that replaying years of history tells nobody anything.
    public var notify = false
    /// Told of each escalation as it fires on the virtual clock (the demo streams them).
    public var onEscalation: (@Sendable (Escalation) -> Void)?

    /// Creates a replay.
    public init(store: any CaseStore, catalog: any PolicyCatalog, explicitDeadlines: Bool) {
        self.store = store
        self.catalog = VariantPolicyCatalog(catalog)
        self.explicitDeadlines = explicitDeadlines
    }

    /// Replays `records` (in any order) and fires every step due up to `asOf`; `progress` is told the
    /// records done and the total after each batch.
    public func run(_ records: [IntakeRecord], asOf: Instant, progress: (Int, Int) -> Void = { _, _ in }) throws -> ReplaySummary {
        let ordered = records.enumerated().sorted { ($0.element.event.at, $0.offset) < ($1.element.event.at, $1.offset) }.map(\.element)
        var run = ReplayRun(replay: self, summary: ReplaySummary())
        try run.prepare(ordered)
        var done = 0
        for record in ordered {
            run.fire(before: record.event.at)
            run.apply(pinned(record))
            done += 1
            if run.pendingEvents.count >= batchSize {
                try run.flush()
                progress(done, ordered.count)
            }
        }
        run.fire(upTo: asOf)
        try run.flush(projections: true)
        try run.writer.finish()
        progress(done, ordered.count)
        run.judge(asOf: asOf)
        return run.summary
    }

    /// The record with its registration pinned to the explicit-deadline variant when asked.
    func pinned(_ record: IntakeRecord) -> IntakeRecord {
        guard explicitDeadlines, case let .registered(category, urgency, version) = record.event.kind, version == nil,
              let base = catalog.policy(at: record.event.at) else { return record }
        let event = CaseEvent(
            id: record.event.id, caseID: record.event.caseID, at: record.event.at, actor: record.event.actor,
            kind: .registered(category: category, urgency: urgency, policyVersion: base.version + Policy.explicitSuffix)
        )
        return IntakeRecord(line: record.line, event: event, raw: record.raw)
    }
}

/// Why a replay cannot start.
public enum ReplayRefusal: Error, Hashable, Sendable {
    /// The database already holds `count` of the history's cases, `example` among them: a replay starts
    /// from an empty history.
    case casesAlreadyStored(count: Int, example: CaseID)
}
