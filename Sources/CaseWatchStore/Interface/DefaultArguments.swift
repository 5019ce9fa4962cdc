import CaseWatchCore

// The usual arguments of the filtered reads and of a sign-off decision: any backend takes them left out.
// Each forwarder extends the protocol that declares its requirement, so that the full call inside it
// resolves to the requirement (the backend's witness), never to itself.

extension AuditReading {
    /// The audit entries in chain order, optionally only those at or after `since` and by `actor`.
    public func auditEntries(since: Instant? = nil, actor: String? = nil) throws(StoreError) -> [AuditEntry] {
        try auditEntries(since: since, actor: actor)
    }
}

extension OutboxReading {
    /// Up to `limit` notices not yet routed, oldest first.
    public func unroutedNotices(limit: Int = 1_000) throws(StoreError) -> [(id: Int64, notice: Notice)] {
        try unroutedNotices(limit: limit)
    }

    /// Deliveries due at `at` (see the requirement in ``OutboxReading``), up to `limit`.
    public func dueDeliveries(
        at: Instant, limit: Int = 100, excludingReceivers excludedReceivers: Set<String> = [], excludingIDs excludedIDs: Set<Int64> = []
    ) throws(StoreError) -> [StoredDelivery] {
        try dueDeliveries(at: at, limit: limit, excludingReceivers: excludedReceivers, excludingIDs: excludedIDs)
    }

    /// Deliveries filtered by status and receiver (nil: any), up to `limit`.
    public func deliveries(status: DeliveryStatus? = nil, receiver: String? = nil, limit: Int = 100) throws(StoreError) -> [StoredDelivery] {
        try deliveries(status: status, receiver: receiver, limit: limit)
    }
}

extension CaseReading {
    /// The stored projections with the given status and/or current unit (nil: any), by case id.
    public func projections(status: CaseStatus? = nil, unit: UnitID? = nil) throws(StoreError) -> [CaseProjection] {
        try projections(status: status, unit: unit)
    }
}

extension EscalationReading {
    /// Escalations in detection order, filtered by case, tier, unit and detection time (nil: any).
    public func escalations(
        caseID: CaseID? = nil, tier: TierName? = nil, unit: UnitID? = nil, since: Instant? = nil
    ) throws(StoreError) -> [StoredEscalation] {
        try escalations(caseID: caseID, tier: tier, unit: unit, since: since)
    }
}

extension SignoffReading {
    /// Sign-offs filtered by status, level and case (nil: any).
    public func signoffs(statuses: Set<SignoffStatus>? = nil, level: String? = nil, caseID: CaseID? = nil) throws(StoreError) -> [Signoff] {
        try signoffs(statuses: statuses, level: level, caseID: caseID)
    }
}

extension SignoffWriting {
    /// Records a leader's decision on a pending sign-off (see ``SignoffWriting``); the instruction, the reason
    /// and the order's case are optional.
    public func decideSignoff(
        _ id: Int64, as status: SignoffStatus, by leader: String, at: Instant, instruction: String? = nil, reason: String? = nil,
        orderCaseID: CaseID? = nil
    ) throws(StoreError) -> Bool {
        try decideSignoff(id, as: status, by: leader, at: at, instruction: instruction, reason: reason, orderCaseID: orderCaseID)
    }
}
