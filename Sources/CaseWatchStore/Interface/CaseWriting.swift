import CaseWatchCore

/// Writes projections and escalations: the part of ``StoreWriter`` that each backend implements in its own SQL.
public protocol CaseWriting {
    /// Records escalations as ``recordEscalation(_:signoffDue:)`` does, all or nothing, and returns how
    /// many were new (the others were already recorded and are left alone).
    @discardableResult
    func recordEscalations(_ escalations: [(Escalation, signoffDue: Instant?)]) throws(StoreError) -> Int

    /// Stores a case's projection and the next step to schedule (nil: none), replacing what was stored.
    ///
    /// Throws ``StoreError/unknownCase(_:)`` when the case is not registered.
    func saveProjection(_ projection: CaseProjection, nextStep: PendingStep?) throws(StoreError)

    /// Stores each projection with its next step as ``saveProjection(_:nextStep:)`` does: the bulk form, one
    /// statement on a backend where each costs a round trip. Throws ``StoreError/unknownCase(_:)`` for a case
    /// not registered; the caller's transaction must then roll back.
    func saveProjections(_ projections: [(CaseProjection, nextStep: PendingStep?)]) throws(StoreError)
}

extension CaseWriting {
    /// Records an escalation, its assessment ledger entry and, for a sign-off tier, the pending sign-off
    /// due at `signoffDue`: all or nothing.
    ///
    /// Returns false, writing nothing, when (case, cycle, tier) is already recorded: a tier never fires twice.
    public func recordEscalation(_ escalation: Escalation, signoffDue: Instant?) throws(StoreError) -> Bool {
        try recordEscalations([(escalation, signoffDue)]) == 1
    }
}
