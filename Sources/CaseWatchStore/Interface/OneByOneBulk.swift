import CaseWatchCore

/// The bulk operations done one by one, for a backend where a statement costs no round trip (SQLite, in
/// process): each is exactly the single operation repeated. A backend across a network implements them
/// as one statement each instead.
public protocol OneByOneBulk: StoreWriter {}

extension OneByOneBulk {
    /// Inserts each event in order with ``EventLogWriting/insertEvent(_:batch:recordedAt:)``.
    public func insertEvents(_ events: [(CaseEvent, recordedAt: Instant)], batch: Int64?) throws(StoreError) {
        for (event, recordedAt) in events { try insertEvent(event, batch: batch, recordedAt: recordedAt) }
    }

    /// Saves each projection with ``CaseWriting/saveProjection(_:nextStep:)``.
    public func saveProjections(_ projections: [(CaseProjection, nextStep: PendingStep?)]) throws(StoreError) {
        for (projection, next) in projections { try saveProjection(projection, nextStep: next) }
    }
}

/// The bulk reads done one by one, for a backend where a statement costs no round trip (SQLite, in process).
public protocol OneByOneBulkReads: StoreReader {}

extension OneByOneBulkReads {
    /// Reads each case with ``CaseReading/projectionAndNextStep(of:)``.
    public func projectionsAndNextSteps(of caseIDs: [CaseID]) throws(StoreError) -> [CaseID: (CaseProjection, PendingStep?)] {
        var found: [CaseID: (CaseProjection, PendingStep?)] = [:]
        for caseID in caseIDs where found[caseID] == nil {
            if let stored = try projectionAndNextStep(of: caseID) { found[caseID] = stored }
        }
        return found
    }

    /// Reads each case with ``EscalationReading/firedTiers(of:cycle:)``.
    public func firedTiers(of cycles: [CaseID: Int]) throws(StoreError) -> [CaseID: Set<TierName>] {
        var fired: [CaseID: Set<TierName>] = [:]
        for (caseID, cycle) in cycles {
            let tiers = try firedTiers(of: caseID, cycle: cycle)
            if !tiers.isEmpty { fired[caseID] = tiers }
        }
        return fired
    }
}
