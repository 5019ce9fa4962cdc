import CaseWatchCore

/// Writes the unit tree and the leader roster: the part of ``StoreWriter`` that each backend implements in its own SQL.
public protocol OrganizationWriting {
    /// Inserts or updates units, writing parents before children whatever the order given.
    ///
    /// A parent must be in `units` or already stored (else ``StoreError/unknownUnit(_:neededBy:)`` naming
    /// it); parents must not loop, counting the stored tree (else ``StoreError/unitCycle(_:)``). A unit
    /// given twice is written once, as given last. Units are never deleted: cases and assessments refer to
    /// them.
    func upsertUnits(_ units: [OrgUnit]) throws(StoreError)

    /// Makes the roster exactly `leaders`: updates those stored, adds the new, removes the others.
    ///
    /// A leader's token columns are kept while the leader stays on the roster. Each jurisdiction must be a
    /// stored unit (else ``StoreError/unknownUnit(_:neededBy:)``).
    func replaceLeaders(_ leaders: [Leader]) throws(StoreError)
}
