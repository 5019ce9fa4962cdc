import CaseWatchCore
import CaseWatchStore

/// Intake's side of ``NextStepRule`` over one batch: the step each case owes (one that fell due before an
/// event of the batch, while no supervisor had fired it yet), and the store lookups the rule needs, each
/// made once. The rule itself (when a step is owed, which step to store) lives in the core.
struct OwedSteps {
    private var steps: [CaseID: PendingStep] = [:]
    /// The next step stored with each case's projection, until the case's first event of the batch uses it.
    private var stored: [CaseID: PendingStep] = [:]
    private var fired: [String: Set<TierName>] = [:]
    /// The cases this batch registers (none stored before it): none has fired a tier, in any cycle, since
    /// nothing was recorded of them before this transaction, which holds the write lock.
    private(set) var registeredHere: Set<CaseID> = []

    /// Remembers that the batch registers `caseID`.
    mutating func registered(_ caseID: CaseID) {
        registeredHere.insert(caseID)
    }

    /// Remembers the next step stored with a case's projection, read together with it.
    mutating func remember(storedNext step: PendingStep?, of caseID: CaseID) {
        if let step { stored[caseID] = step }
    }

    /// Notes the step `current` (the case before `event`) was waiting on, if it fell due before `event`:
    /// for the case's first event of the batch the stored next step (the supervisor's, or one owed from an
    /// earlier batch), later the projection's next unfired step.
    mutating func note(before event: CaseEvent, current: CaseProjection?, writer: any StoreWriter) throws {
        guard let current, steps[event.caseID] == nil else { return }
        let owed: PendingStep?
        if let step = stored.removeValue(forKey: event.caseID) {
            owed = NextStepRule.owed(waitingOn: step, before: event.at)
        } else if NextStepRule.mayOwe(current, before: event) {
            owed = NextStepRule.owed(before: event, case: current, fired: try firedTiers(of: current, writer: writer))
        } else {
            // Most events come before any step is due: nothing is owed and nothing need be read.
            return
        }
        if let owed { steps[event.caseID] = owed }
    }

    /// The step to store with `projection` (``NextStepRule/stored(owed:after:fired:)``).
    func nextStep(of projection: CaseProjection, excluding fired: Set<TierName>) -> PendingStep? {
        NextStepRule.stored(owed: steps[projection.caseID], after: projection, fired: fired)
    }

    private mutating func firedTiers(of projection: CaseProjection, writer: any StoreWriter) throws -> Set<TierName> {
        if registeredHere.contains(projection.caseID) { return [] }
        let key = "\(projection.caseID)#\(projection.cycle)"
        if let known = fired[key] { return known }
        let tiers = try writer.firedTiers(of: projection.caseID, cycle: projection.cycle)
        fired[key] = tiers
        return tiers
    }
}
