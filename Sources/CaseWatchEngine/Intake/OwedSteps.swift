import CaseWatchCore
import CaseWatchStore

/// Steps that fell due before an event that ends them, while no supervisor had fired them yet (the daemon
/// was down, or the event arrived late): intake keeps such a step as the case's next step, so that the
/// supervisor still fires it, judged as the case stood at its due instant.
///
/// Without this, a reply dated after a warning's due instant, ingested while the daemon is down, would
/// leave the case without a next step and the warning would never fire, although it was due.
struct OwedSteps {
    private var steps: [CaseID: PendingStep] = [:]
    /// The next step stored with each case's projection, until the case's first event of the batch uses it.
    private var stored: [CaseID: PendingStep] = [:]
    private var fired: [String: Set<TierName>] = [:]

    /// Remembers the next step stored with a case's projection, read together with it.
    mutating func remember(storedNext step: PendingStep?, of caseID: CaseID) {
        if let step { stored[caseID] = step }
    }

    /// Notes the step `current` (the case before `event`) was waiting on, if it fell due before `event`:
    /// for the case's first event of the batch the stored next step (the supervisor's, or one owed from an
    /// earlier batch), later the projection's next unfired step.
    mutating func note(before event: CaseEvent, current: CaseProjection?, writer: StoreWriter) throws {
        guard let current, steps[event.caseID] == nil else { return }
        let pending: PendingStep?
        if let step = stored.removeValue(forKey: event.caseID) {
            pending = step
        } else if Self.mayOwe(current, before: event) {
            pending = current.nextStep(excluding: try firedTiers(of: current, writer: writer))
        } else {
            // Most events come before any step is due: nothing is owed and nothing need be read.
            return
        }
        guard let pending, pending.due < event.at else { return }
        steps[event.caseID] = pending
    }

    /// Whether a step of `projection` may have fallen due before `event`: its earliest step, fired or not,
    /// is due before it (no unfired step can be due earlier than the earliest of all).
    static func mayOwe(_ projection: CaseProjection, before event: CaseEvent) -> Bool {
        projection.nextStep(excluding: []).map { $0.due < event.at } ?? false
    }

    /// The step to store with `projection`: the owed one if any, else its next unfired step.
    func nextStep(of projection: CaseProjection, excluding fired: Set<TierName>) -> PendingStep? {
        steps[projection.caseID] ?? projection.nextStep(excluding: fired)
    }

    private mutating func firedTiers(of projection: CaseProjection, writer: StoreWriter) throws -> Set<TierName> {
        let key = "\(projection.caseID)#\(projection.cycle)"
        if let known = fired[key] { return known }
        let tiers = try writer.firedTiers(of: projection.caseID, cycle: projection.cycle)
        fired[key] = tiers
        return tiers
    }
}
