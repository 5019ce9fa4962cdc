import CaseWatchCore

/// Everything ``StoreReader`` offers, read inside the write transaction.
extension StoreWriter {
    /// The unit with `id`, nil when it is not stored.
    public func unit(_ id: UnitID) throws(StoreError) -> OrgUnit? { try reader.unit(id) }

    /// Every unit, parents before children, then by id.
    public func units() throws(StoreError) -> [OrgUnit] { try reader.units() }

    /// Every leader on the roster, by id.
    public func leaders() throws(StoreError) -> [Leader] { try reader.leaders() }

    /// The stored event with `id`, nil when none is stored.
    public func event(id: EventID) throws(StoreError) -> StoredEvent? { try reader.event(id: id) }

    /// Whether an event with `id` is stored.
    public func containsEvent(id: EventID) throws(StoreError) -> Bool { try reader.containsEvent(id: id) }

    /// The ids among `ids` that are stored.
    public func storedEventIDs(among ids: [EventID]) throws(StoreError) -> Set<EventID> {
        try reader.storedEventIDs(among: ids)
    }

    /// A case's events in the order they were stored.
    public func events(of caseID: CaseID) throws(StoreError) -> [StoredEvent] { try reader.events(of: caseID) }

    /// How many events the log holds.
    public func eventCount() throws(StoreError) -> Int { try reader.eventCount() }

    /// The stored projection of a case, nil when none is stored.
    public func projection(of caseID: CaseID) throws(StoreError) -> CaseProjection? {
        try reader.projection(of: caseID)
    }

    /// The stored projections with the given status and/or current unit (nil: any), by case id.
    public func projections(status: CaseStatus? = nil, unit: UnitID? = nil) throws(StoreError) -> [CaseProjection] {
        try reader.projections(status: status, unit: unit)
    }

    /// Every registered case's id, in id order.
    public func caseIDs() throws(StoreError) -> [CaseID] { try reader.caseIDs() }

    /// The next step stored with a case's projection, nil when none was.
    public func storedNextStep(of caseID: CaseID) throws(StoreError) -> PendingStep? {
        try reader.storedNextStep(of: caseID)
    }

    /// The tiers already escalated for a case in a resolution cycle.
    public func firedTiers(of caseID: CaseID, cycle: Int) throws(StoreError) -> Set<TierName> {
        try reader.firedTiers(of: caseID, cycle: cycle)
    }

    /// The value stored under `key`, nil when there is none.
    public func meta(_ key: String) throws(StoreError) -> String? { try reader.meta(key) }

    /// Escalations, filtered (see ``StoreReader/escalations(caseID:tier:unit:since:)``).
    public func escalations(
        caseID: CaseID? = nil, tier: TierName? = nil, unit: UnitID? = nil, since: Instant? = nil
    ) throws(StoreError) -> [StoredEscalation] {
        try reader.escalations(caseID: caseID, tier: tier, unit: unit, since: since)
    }
}
