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
    private var seen: Set<CaseID> = []
    private var fired: [String: Set<TierName>] = [:]

    /// Notes the step `current` (the case before `event`) was waiting on, if it fell due before `event`.
    mutating func note(before event: CaseEvent, current: CaseProjection?, writer: StoreWriter) throws {
        guard let current else { return }
        let pending: PendingStep?
        if seen.insert(event.caseID).inserted {
            pending = try writer.reader.storedNextStep(of: event.caseID)
        } else {
            pending = current.nextStep(excluding: try firedTiers(of: current, writer: writer))
        }
        guard let pending, pending.due < event.at, steps[event.caseID] == nil else { return }
        steps[event.caseID] = pending
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
