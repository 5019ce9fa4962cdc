import CaseWatchCore
import GRDB

extension SQLiteStoreReader {
    /// The unit with `id`, nil when it is not stored.
    public func unit(_ id: UnitID) throws(StoreError) -> OrgUnit? {
        try storeOperation {
            let statement = try db.cachedStatement(sql: "SELECT id, name, level, parent_id FROM units WHERE id = ?")
            return try Row.fetchOne(statement, arguments: [id.rawValue]).map(Self.unit(from:))
        }
    }

    /// Every unit, parents before children, then by id: level by level from the roots down.
    public func units() throws(StoreError) -> [OrgUnit] {
        let units = try storedUnits()
        do throws(StoreError) {
            return try UnitTree.topDown(units)
        } catch {
            throw .corrupt("the stored unit tree is broken: \(error)")
        }
    }

    /// Every unit, in no particular order.
    func storedUnits() throws(StoreError) -> [OrgUnit] {
        try storeOperation {
            try Row.fetchAll(db, sql: "SELECT id, name, level, parent_id FROM units").map(Self.unit(from:))
        }
    }

    /// Every leader on the roster, by id.
    public func leaders() throws(StoreError) -> [Leader] {
        try storeOperation {
            try Row.fetchAll(db, sql: "SELECT id, name, title, level, jurisdiction_id FROM leaders ORDER BY id").map { row in
                Leader(
                    id: try row.decode(atIndex: 0), name: try row.decode(atIndex: 1), title: try row.decode(atIndex: 2),
                    level: try row.decode(atIndex: 3), jurisdiction: UnitID(try row.decode(String.self, atIndex: 4))
                )
            }
        }
    }

    /// A unit from a `id, name, level, parent_id` row.
    private static func unit(from row: Row) throws -> OrgUnit {
        let id: String = try row.decode(atIndex: 0)
        let levelName: String = try row.decode(atIndex: 2)
        guard let level = UnitLevel(rawValue: levelName) else {
            throw StoreError.corrupt("unit '\(id)' has an unknown level '\(levelName)'")
        }
        let parent: String? = try row.decode(atIndex: 3)
        return OrgUnit(id: UnitID(id), name: try row.decode(atIndex: 1), level: level, parent: parent.map { UnitID($0) })
    }
}
