import CaseWatchCore
import CaseWatchStore

/// The live engine: every open case's next step waits on a timer wheel; when one falls due the supervisor
/// re-checks the case against the store and, in one transaction, records each due escalation (once per
/// case, cycle and tier: the store refuses a second), its ledger entry and sign-off, its notices for the
/// outbox (``EscalationNotices``: none for a tier already recorded), and the next step.
///
/// Time comes in from the owner (the daemon's clock, a virtual clock in tests); the wheel (``CaseTimers``,
/// shared with the history replay) is only a reminder to look, never the truth. The step stored after a
/// case fires follows ``NextStepRule``, as everywhere else. Steps fire in due order, each judged at its own due instant and
/// recorded with the instant it was detected, so a long outage catches up in one pass with every
/// escalation's true due instant. When a write fails, the wheel is refilled from the store, so that a
/// retry finds every step still waiting; when the clock steps backwards, the wheel is refilled at the new
/// instant, so that nothing fires before its due instant.
public struct Supervisor {
    /// The store.
    public let store: any CaseStore
    /// The policies.
    public internal(set) var catalog: VariantPolicyCatalog
    /// The most cases fired in one transaction (a long catch-up commits in chunks of this many).
    public var casesPerTransaction = 1_000
    /// Cases whose due step could not be judged (no policy of their pinned version is loaded), with why;
    /// the owner reports and clears them.
    public var skipped: [CaseID: String] = [:]
    /// Each waiting case's wheel entry.
    var timers = CaseTimers(at: Instant(secondsSinceEpoch: 0))
    /// The position in the event log up to which events have been followed.
    public internal(set) var logPosition: Int64 = 0
    /// Whether the outbox had work at the last ``followLog(outboxAt:)`` that looked (see there).
    public internal(set) var outboxNeedsAttention = false
    /// No pending sign-off can expire before this instant (nil: unknown; see ``escalateExpiredSignoffs(at:)``).
    var nextSignoffCheck: Instant?
    /// The earliest due instant of a pending sign-off that passes up when unsigned, as of the last check.
    public internal(set) var earliestSignoffDue: Instant?
    /// The earliest next attempt of a delivery still waiting, as of the last ``followLog(outboxAt:)`` that looked.
    public internal(set) var earliestDeliveryAttempt: Instant?

    /// Creates a supervisor with an empty wheel; `start(at:)` fills it.
    public init(store: any CaseStore, catalog: any PolicyCatalog) {
        self.store = store
        self.catalog = VariantPolicyCatalog(catalog)
    }

    /// The earliest instant at which `advance(to:)` may fire something, nil when nothing waits.
    public var nextDue: Instant? { timers.nextDue }

    /// How many cases wait on the wheel.
    public var waiting: Int { timers.count }

    /// Fills the wheel from every stored next step, then catches up: every step that fell due while the
    /// engine was down fires once, in due order, detected at `now`. `shouldPause` is asked before each
    /// transaction (see ``advance(to:pausingWhen:)``).
    public mutating func start(at now: Instant, pausingWhen shouldPause: () -> Bool = { false }) throws -> [Escalation] {
        try refill(at: now)
        return try advance(to: now, pausingWhen: shouldPause)
    }

    /// Reads every stored next step and the log position in one snapshot and puts the steps on a new
    /// wheel whose clock starts just before the earliest of them (or at `now`), so that they fire in due
    /// order and none before its due instant.
    ///
    /// Then hands back what the read left behind: SQLite's page caches and the free pages of the C heap
    /// (the list of steps, 24 bytes a case, is freed when ``fill(at:)`` returns), so that a daemon
    /// supervising a million cases does not keep tens of megabytes it no longer needs.
    mutating func refill(at now: Instant) throws {
        try fill(at: now)
        store.releaseMemory()
        HeapTrim.returnFreePages()
    }

    /// Puts every stored next step on a new wheel (see ``refill(at:)``).
    private mutating func fill(at now: Instant) throws {
        let (steps, position) = try store.read { reader in (try reader.pendingSteps(), try reader.latestEventSequence()) }
        timers = CaseTimers(steps: steps, now: now)
        logPosition = position
    }

    /// Fires every step due by `now`, in due order, each case re-checked against the store; commits after
    /// at most ``casesPerTransaction`` cases. Returns the escalations recorded.
    ///
    /// `shouldPause` is asked before each transaction: when it says yes, the steps still due stay on the
    /// wheel (a later advance fires them), so that a shutdown need not wait for a whole catch-up.
    public mutating func advance(to now: Instant, pausingWhen shouldPause: () -> Bool = { false }) throws -> [Escalation] {
        if now < timers.now { try refill(at: now) }
        var recorded: [Escalation] = []
        do {
            while let next = timers.nextDue, next <= now, !shouldPause() {
                recorded += try fireChunk(upTo: now, detectedAt: now)
            }
        } catch {
            try? refill(at: min(now, timers.now))
            throw error
        }
        return recorded
    }

    /// Fires due steps in one transaction until ``casesPerTransaction`` cases are done or none is due.
    private mutating func fireChunk(upTo limit: Instant, detectedAt: Instant) throws -> [Escalation] {
        try store.write { writer in
            var recorded: [Escalation] = []
            var done = 0
            while done < casesPerTransaction, let (caseID, judgedAt) = timers.popDue(through: limit) {
                done += 1
                guard let (escalations, next) = try judge(caseID, at: judgedAt, detectedAt: detectedAt, writer: writer) else { continue }
                recorded += escalations
                timers.reschedule(caseID, firedAt: judgedAt, next: next?.due)
            }
            return recorded
        }
    }

    /// Records every step of the case due by `judgedAt` that is not yet recorded, judged as the case stood
    /// at `judgedAt` (its events up to then: an event stored since, e.g. a reply ingested while no daemon
    /// ran, does not undo a breach that had already happened), and stores its next step by ``NextStepRule``.
    ///
    /// With events after `judgedAt`, the whole history decides it, as in intake and the rebuild (see
    /// ``CaseRecomputation``): the first step still unfired that fell due before a later event (of this
    /// cycle, or of a cycle a later event started), else the stored case's next unfired step. Without, it
    /// is the judged case's next unfired step: a step due before an earlier event was owed, stored, and so
    /// fired (in due order) before this one.
    private mutating func judge(
        _ caseID: CaseID, at judgedAt: Instant, detectedAt: Instant, writer: any StoreWriter
    ) throws -> ([Escalation], PendingStep?)? {
        guard let current = try writer.projection(of: caseID) else { return nil }
        guard let policy = catalog.policy(version: current.policyVersion) else {
            skipped[caseID] = "its pinned policy version '\(current.policyVersion)' is not loaded"
            return nil
        }
        let history = current.lastEventAt > judgedAt ? try pinnedEvents(of: current, writer: writer) : nil
        let judged: CaseProjection?
        if let history {
            judged = try CaseLifecycle.project(history.filter { $0.at <= judgedAt }, catalog: catalog)
        } else {
            judged = current
        }
        var recorded: [Escalation] = []
        var signoffDues: [Instant?] = []
        var step: PendingStep?
        if let judged {
            let fired = try writer.firedTiers(of: caseID, cycle: judged.cycle)
            let due = LadderFiring.due(judged, policy: policy, fired: fired, now: judgedAt, detectedAt: detectedAt)
            for escalation in due.escalations {
                let signoffDue = catalog.signoffDue(of: escalation, under: policy)
                if try writer.recordEscalation(escalation, signoffDue: signoffDue) {
                    recorded.append(escalation)
                    signoffDues.append(signoffDue)
                }
            }
            if due.escalations.contains(where: { $0.signoffLevel != nil }) { nextSignoffCheck = nil }
            step = due.next
        }
        let next: PendingStep?
        if let history {
            next = try CaseRecomputation.project(history, catalog: catalog) { try writer.firedTiers(of: caseID, cycle: $0) }?.next
        } else {
            next = step
        }
        try writer.saveProjection(current, nextStep: next)
        if let judged {
            for (escalation, signoffDue) in zip(recorded, signoffDues) {
                try EscalationNotices.enqueue(
                    escalation, projection: judged, policy: policy, signoffDue: signoffDue, next: next, writer: writer
                )
            }
        }
        return (recorded, next)
    }

    /// The case's events, its registration pinned to the policy version of `current` (so that a
    /// recomputation keeps the case's policy).
    private func pinnedEvents(of current: CaseProjection, writer: any StoreWriter) throws -> [CaseEvent] {
        try writer.reader.events(of: current.caseID).map { Self.pinning($0.event, to: current.policyVersion) }
    }
}
