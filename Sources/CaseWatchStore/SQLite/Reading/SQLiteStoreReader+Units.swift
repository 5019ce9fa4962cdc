import CaseWatchCore
import GRDB

extension SQLiteStoreReader {
    /// The unit with `id`, nil when it is not stored.
    public func unit(_ id: UnitID) throws(StoreError) -> OrgUnit? {
        try storeOperation {
            let statement = try db.cachedStatement(sql: "SELECT \(OrgUnit.storedColumns) FROM units WHERE id = ?")
            return try Row.fetchOne(statement, arguments: [id.rawValue]).map(OrgUnit.init(stored:))
        }
    }

    /// Every unit, parents before children, then by id: level by level from the roots down.
    public func units() throws(StoreError) -> [OrgUnit] {
        try UnitTree.storedTopDown(try storedUnits())
    }

    /// Every unit, in no particular order.
    func storedUnits() throws(StoreError) -> [OrgUnit] {
        try storeOperation {
            try Row.fetchAll(db, sql: "SELECT \(OrgUnit.storedColumns) FROM units").map(OrgUnit.init(stored:))
        }
    }

    /// Every leader on the roster, by id.
    public func leaders() throws(StoreError) -> [Leader] {
        try storeOperation {
            try Row.fetchAll(db, sql: "SELECT \(Leader.storedColumns) FROM leaders ORDER BY id").map(Leader.init(stored:))
        }
    }
}
