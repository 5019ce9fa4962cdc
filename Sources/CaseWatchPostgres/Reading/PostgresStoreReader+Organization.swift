import CaseWatchCore
import CaseWatchStore

extension PostgresStoreReader: OrganizationReading {
    /// The unit with `id`, nil when it is not stored.
    func unit(_ id: UnitID) throws(StoreError) -> OrgUnit? {
        try session.row("SELECT \(OrgUnit.storedColumns) FROM units WHERE id = $1", [id.rawValue]).map(OrgUnit.init(stored:))
    }

    /// Every unit, parents before children, then by id: level by level from the roots down.
    func units() throws(StoreError) -> [OrgUnit] {
        try UnitTree.storedTopDown(try storedUnits())
    }

    /// Every unit, in no particular order.
    func storedUnits() throws(StoreError) -> [OrgUnit] {
        try session.rows("SELECT \(OrgUnit.storedColumns) FROM units").map(OrgUnit.init(stored:))
    }

    /// Every leader on the roster, by id.
    func leaders() throws(StoreError) -> [Leader] {
        try session.rows("SELECT \(Leader.storedColumns) FROM leaders ORDER BY id").map(Leader.init(stored:))
    }
}
