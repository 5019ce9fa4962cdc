import CaseWatchCore

/// Reads the unit tree and the leader roster: the part of ``StoreReader`` that each backend implements in its own SQL.
public protocol OrganizationReading {
    /// The unit with `id`, nil when it is not stored.
    func unit(_ id: UnitID) throws(StoreError) -> OrgUnit?

    /// Every unit, parents before children, then by id: level by level from the roots down.
    func units() throws(StoreError) -> [OrgUnit]

    /// Every leader on the roster, by id.
    func leaders() throws(StoreError) -> [Leader]

    /// The unit and its ancestors up to the root, the unit first (just the unit when it is not in the tree).
    func lineage(of unit: UnitID) throws(StoreError) -> [UnitID]
}
