import CaseWatchCore
import CaseWatchStore

/// The state of one replay: projections, fired tiers and wheel entries in memory, writes pending.
///
/// Steps fire from ``CaseTimers``, the supervisor's own timers, and each case's next step follows
/// ``NextStepRule``, so that the replay (the daemon's test oracle) cannot drift from the daemon.
struct ReplayRun {
    let replay: HistoryReplay
    var summary: ReplaySummary
    var projections: [CaseID: CaseProjection] = [:]
    var fired: [CaseID: Set<TierName>] = [:]
    var timers = CaseTimers(at: Instant(secondsSinceEpoch: 0))
    var pendingEvents: [CaseEvent] = []
    var pendingEscalations: [(Escalation, signoffDue: Instant?)] = []
    /// The notices of the pending escalations, when the replay notifies (``HistoryReplay/notify``).
    var pendingNotices: [ReplayWriter.NoticeSource] = []
    var dirty: Set<CaseID> = []
    /// Writes the batches beside the replay.
    let writer: ReplayWriter

    init(replay: HistoryReplay, summary: ReplaySummary) {
        self.replay = replay
        self.summary = summary
        writer = ReplayWriter(store: replay.store)
    }

    /// Refuses a store that already holds any of the cases, and creates the units the history names.
    mutating func prepare(_ records: [IntakeRecord]) throws {
        let caseIDs = Set(records.map(\.event.caseID))
        let named = Set(records.compactMap { IntakeRules.unitNamed(by: $0.event) })
        let created = try replay.store.write { writer -> [UnitID] in
            let existing = try writer.caseIDs().filter(caseIDs.contains)
            guard existing.isEmpty else {
                throw ReplayRefusal.casesAlreadyStored(count: existing.count, example: existing[0])
            }
            let known = Set(try writer.units().map(\.id))
            let missing = named.subtracting(known).sorted()
            try writer.upsertUnits(missing.map { OrgUnit(id: $0, name: $0.rawValue, level: .department, parent: nil) })
            return missing
        }
        summary.createdUnits = created
        if let first = records.first {
            timers = CaseTimers(at: first.event.at.adding(seconds: -1))
        }
    }

    /// Fires every step due strictly before `instant` (events at an instant come before its timers).
    mutating func fire(before instant: Instant) {
        fire(upTo: instant.adding(seconds: -1))
    }

    /// Fires every step due at or before `instant`, in due order.
    mutating func fire(upTo instant: Instant) {
        while let (caseID, due) = timers.popDue(through: instant) {
            escalate(caseID, now: due)
        }
    }

    /// Records every step of the case due by `now`, then schedules its next one.
    private mutating func escalate(_ caseID: CaseID, now: Instant) {
        guard let projection = projections[caseID],
              let policy = replay.catalog.policy(version: projection.policyVersion) else { return }
        let (escalations, next) = LadderFiring.due(
            projection, policy: policy, fired: fired[caseID] ?? [], now: now, detectedAt: now
        )
        for escalation in escalations {
            let signoffDue = replay.catalog.signoffDue(of: escalation, under: policy)
            pendingEscalations.append((escalation, signoffDue))
            if replay.notify {
                pendingNotices.append(ReplayWriter.NoticeSource(
                    escalation: escalation, projection: projection, policy: policy, signoffDue: signoffDue, next: next
                ))
            }
            replay.onEscalation?(escalation)
            summary.escalations[escalation.tier, default: 0] += 1
            fired[caseID, default: []].insert(escalation.tier)
        }
        dirty.insert(caseID)
        timers.reschedule(caseID, firedAt: now, next: next?.due)
    }

    /// Applies one event, or records why it is refused, and moves the case's wheel entry to the step to
    /// store (none is owed: every step due before the event fired first, see ``fire(before:)``).
    mutating func apply(_ record: IntakeRecord) {
        let event = record.event
        let current = projections[event.caseID]
        let next: CaseProjection
        do {
            next = try CaseLifecycle.apply(event, to: current, catalog: replay.catalog)
        } catch {
            summary.rejected.append(IntakeProblem(line: record.line, reason: .refusedTransition(error.reason), raw: record.raw))
            return
        }
        if next.cycle != current?.cycle { fired[event.caseID] = [] }
        if current == nil { summary.cases += 1 }
        projections[event.caseID] = next
        pendingEvents.append(event)
        dirty.insert(event.caseID)
        timers.schedule(event.caseID, at: storedStep(of: next)?.due)
    }

    /// The step to store with the case: its next unfired step (the replay owes none, see ``apply(_:)``).
    private func storedStep(of projection: CaseProjection) -> PendingStep? {
        NextStepRule.stored(owed: nil, after: projection, fired: fired[projection.caseID] ?? [])
    }

    /// Hands the pending events and escalations to the writer as one transaction; with `projections`, also
    /// every case's projection (once, at the end: the store refuses to replay into a database holding the
    /// cases, so an interrupted replay is redone into a fresh one, never resumed).
    mutating func flush(projections writeProjections: Bool = false) throws {
        guard !pendingEvents.isEmpty || !pendingEscalations.isEmpty || writeProjections else { return }
        let changed = writeProjections
            ? dirty.map { (projections[$0]!, storedStep(of: projections[$0]!)) } : []
        try writer.submit(ReplayWriter.Batch(
            events: pendingEvents, escalations: pendingEscalations, notices: pendingNotices, projections: changed
        ))
        summary.events += pendingEvents.count
        pendingEvents.removeAll(keepingCapacity: true)
        pendingEscalations.removeAll(keepingCapacity: true)
        pendingNotices.removeAll(keepingCapacity: true)
        if writeProjections { dirty.removeAll(keepingCapacity: true) }
    }

    /// Each unit's record as of `asOf`, from the final projections.
    mutating func judge(asOf: Instant) {
        for projection in projections.values {
            guard let unit = projection.unit else { continue }
            var record = summary.units[unit] ?? ReplaySummary.UnitRecord()
            if let resolve = projection.resolve {
                if let met = resolve.metAt {
                    if met <= resolve.effectiveDue { record.onTime += 1 } else { record.late += 1 }
                } else if resolve.effectiveDue < asOf {
                    record.openOverdue += 1
                } else {
                    record.other += 1
                }
            } else {
                record.other += 1
            }
            summary.units[unit] = record
        }
    }
}
