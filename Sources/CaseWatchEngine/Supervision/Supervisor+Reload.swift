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
    /// and every open case on a calendar whose rules changed is recomputed from its events, so that a new
    /// holiday notice or a newly covered year (provisional deadlines becoming final) reaches it. The wheel
    /// is then refilled; steps that moved into the past fire at the next advance. A case's next step is decided
    /// as intake and the rebuild decide it (``NextStepRule``, through ``CaseRecomputation``): a step still owed
    /// (due before a later event ingested while no supervisor ran) stays owed, on the new calendar.
    ///
    /// The recomputation reads and commits the open cases in pages of ``casesPerTransaction`` and calls
    /// `betweenChunks` after each (the daemon fires what fell due meanwhile there), so that a reload over a
    /// large store never holds due firings back for its whole length. If a page fails, the earlier policies
    /// are put back and the error thrown; the cases already recomputed keep their new deadlines, and a reload of the
    /// same files recomputes the rest (a recomputation that changes nothing writes nothing).
    public mutating func reload(
        _ loaded: any PolicyCatalog, at now: Instant, betweenChunks: (inout Supervisor) throws -> Void = { _ in }
    ) throws -> PolicyReloadOutcome {
        let earlier = catalog
        let merged = VariantPolicyCatalog(RetainedPolicyCatalog(current: loaded, earlier: earlier.base))
        var verdicts: [String: Bool] = [:]
        func calendarChanged(_ policy: Policy) -> Bool {
            if let known = verdicts[policy.calendarName] { return known }
            let changed = !earlier.calendar(for: policy).hasSameRules(as: merged.calendar(for: policy))
            verdicts[policy.calendarName] = changed
            return changed
        }
        catalog = merged
        var recomputed = 0
        do {
            // Page by page over the open cases (each page read and recomputed in one transaction), handing
            // the supervisor back after each.
            var after: CaseID?
            while true {
                let (count, last, pageSize) = try store.write { writer in
                    let page = try writer.reader.openProjections(after: after, limit: max(1, casesPerTransaction))
                    let changed = page.filter { projection in
                        guard let policy = earlier.policy(version: projection.policyVersion) else { return false }
                        return calendarChanged(policy)
                    }
                    return (try Self.recompute(changed, catalog: merged, writer: writer), page.last?.caseID, page.count)
                }
                recomputed += count
                after = last
                try betweenChunks(&self)
                if pageSize < max(1, casesPerTransaction) { break }
            }
            try store.write { writer in
                try writer.appendAudit(at: now, actor: "casewatchd", action: "policy.reload", detail: AuditDetail.json([
                    "changed_calendars": verdicts.filter(\.value).keys.sorted().joined(separator: ","), "recomputed_cases": "\(recomputed)",
                ]))
            }
        } catch {
            catalog = earlier
            try? refill(at: now)
            throw error
        }
        try refill(at: now)
        return PolicyReloadOutcome(changedCalendars: verdicts.filter(\.value).keys.sorted(), recomputedCases: recomputed)
    }

    /// Recomputes `projections` on `catalog`, saving those whose projection or next step changed; returns
    /// how many did.
    private static func recompute(_ projections: [CaseProjection], catalog: VariantPolicyCatalog, writer: any StoreWriter) throws -> Int {
        var recomputed = 0
        for projection in projections {
            let events = try writer.reader.events(of: projection.caseID).map { pinning($0.event, to: projection.policyVersion) }
            guard let (fresh, next) = try CaseRecomputation.project(events, catalog: catalog, fired: { cycle in
                try writer.firedTiers(of: projection.caseID, cycle: cycle)
            }) else { continue }
            let storedNext = try writer.reader.storedNextStep(of: fresh.caseID)
            guard fresh != projection || next != storedNext else { continue }
            try writer.saveProjection(fresh, nextStep: next)
            recomputed += 1
        }
        return recomputed
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
