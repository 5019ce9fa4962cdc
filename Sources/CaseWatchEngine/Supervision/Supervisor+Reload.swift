import CaseWatchCore
import CaseWatchStore

/// What replacing the policies changed.
public struct PolicyReloadOutcome: Sendable, Equatable {
    /// The calendars whose rules changed (their open cases were recomputed), by name.
    public let changedCalendars: [String]
    /// The open cases whose projection or next step changed.
    public let recomputedCases: Int

    /// An outcome.
    public init(changedCalendars: [String], recomputedCases: Int) {
        self.changedCalendars = changedCalendars
        self.recomputedCases = recomputedCases
    }
}

/// Replacing the policies and calendars while cases are open.
extension Supervisor {
    /// Replaces the catalog with `loaded`: cases registered from now on take its policies, open cases keep
    /// the policy version they pinned (kept from the earlier catalog if the new files no longer hold it),
    /// and every open case on a calendar whose rules changed is recomputed from its events, in one
    /// transaction, so that a new holiday notice or a newly covered year (provisional deadlines becoming
    /// final) reaches it. Its next step is decided as intake and the rebuild decide it (``NextStepRule``,
    /// through ``CaseRecomputation``): a step still owed (due before a later event ingested while no
    /// supervisor ran) stays owed, on the new calendar. The wheel is then refilled; steps that moved into
    /// the past fire at the next advance.
    public mutating func reload(_ loaded: any PolicyCatalog, at now: Instant) throws -> PolicyReloadOutcome {
        let earlier = catalog
        let merged = VariantPolicyCatalog(RetainedPolicyCatalog(current: loaded, earlier: earlier.base))
        var verdicts: [String: Bool] = [:]
        func calendarChanged(_ policy: Policy) -> Bool {
            if let known = verdicts[policy.calendarName] { return known }
            let changed = !earlier.calendar(for: policy).hasSameRules(as: merged.calendar(for: policy))
            verdicts[policy.calendarName] = changed
            return changed
        }
        let recomputed = try store.write { writer in
            var recomputed = 0
            for projection in try writer.reader.projections() where projection.status.isOpen {
                guard let policy = earlier.policy(version: projection.policyVersion), calendarChanged(policy) else { continue }
                let events = try writer.reader.events(of: projection.caseID).map { Self.pinning($0.event, to: projection.policyVersion) }
                guard let (fresh, next) = try CaseRecomputation.project(events, catalog: merged, fired: { cycle in
                    try writer.firedTiers(of: projection.caseID, cycle: cycle)
                }) else { continue }
                let storedNext = try writer.reader.storedNextStep(of: fresh.caseID)
                guard fresh != projection || next != storedNext else { continue }
                try writer.saveProjection(fresh, nextStep: next)
                recomputed += 1
            }
            try writer.appendAudit(at: now, actor: "casewatchd", action: "policy.reload", detail: AuditDetail.json([
                "changed_calendars": verdicts.filter(\.value).keys.sorted().joined(separator: ","), "recomputed_cases": "\(recomputed)",
            ]))
            return recomputed
        }
        catalog = merged
        try refill(at: now)
        return PolicyReloadOutcome(changedCalendars: verdicts.filter(\.value).keys.sorted(), recomputedCases: recomputed)
    }

    /// The event, a registration pinned to `version` (so that a recomputation keeps the case's policy).
    static func pinning(_ event: CaseEvent, to version: String) -> CaseEvent {
        guard case let .registered(category, urgency, _) = event.kind else { return event }
        return CaseEvent(
            id: event.id, caseID: event.caseID, at: event.at, actor: event.actor,
            kind: .registered(category: category, urgency: urgency, policyVersion: version)
        )
    }
}
