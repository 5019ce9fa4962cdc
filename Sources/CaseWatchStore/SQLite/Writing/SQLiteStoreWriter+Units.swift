import CaseWatchCore
import GRDB

extension SQLiteStoreWriter {
    /// Inserts or updates units, writing parents before children whatever the order given.
    ///
    /// A parent must be in `units` or already stored (else ``StoreError/unknownUnit(_:neededBy:)`` naming
    /// it); parents must not loop, counting the stored tree (else ``StoreError/unitCycle(_:)``). A unit
    /// given twice is written once, as given last. Units are never deleted: cases and assessments refer to
    /// them.
    public func upsertUnits(_ units: [OrgUnit]) throws(StoreError) {
        let ordered = try UnitTree.topDown(units) { (parent) throws(StoreError) in try reader.unit(parent) != nil }
        try atomically { () throws(StoreError) in
            try writeUnits(ordered)
            // Moving a stored unit under one of its own descendants would loop the stored tree.
            _ = try UnitTree.topDown(try sqlite.storedUnits())
        }
    }

    /// Inserts or updates units in the order given.
    private func writeUnits(_ ordered: [OrgUnit]) throws(StoreError) {
        try storeOperation {
            let statement = try db.cachedStatement(sql: """
                INSERT INTO units (id, name, level, parent_id) VALUES (?, ?, ?, ?)
                ON CONFLICT (id) DO UPDATE SET name = excluded.name, level = excluded.level, parent_id = excluded.parent_id
                """)
            for unit in ordered {
                try statement.execute(arguments: [unit.id.rawValue, unit.name, unit.level.rawValue, unit.parent?.rawValue])
            }
        }
    }

    /// Makes the roster exactly `leaders`: updates those stored, adds the new, removes the others.
    ///
    /// A leader's token columns are kept while the leader stays on the roster. Each jurisdiction must be a
    /// stored unit (else ``StoreError/unknownUnit(_:neededBy:)``).
    public func replaceLeaders(_ leaders: [Leader]) throws(StoreError) {
        for leader in leaders where try reader.unit(leader.jurisdiction) == nil {
            throw .unknownUnit(leader.jurisdiction, neededBy: "jurisdiction of leader '\(leader.id)'")
        }
        try atomically { () throws(StoreError) in try writeLeaders(leaders) }
    }

    /// Upserts `leaders` and deletes every other stored leader.
    private func writeLeaders(_ leaders: [Leader]) throws(StoreError) {
        try storeOperation {
            let upsert = try db.cachedStatement(sql: """
                INSERT INTO leaders (id, name, title, level, jurisdiction_id) VALUES (?, ?, ?, ?, ?)
                ON CONFLICT (id) DO UPDATE SET name = excluded.name, title = excluded.title, level = excluded.level,
                    jurisdiction_id = excluded.jurisdiction_id
                """)
            for leader in leaders {
                try upsert.execute(arguments: [leader.id, leader.name, leader.title, leader.level, leader.jurisdiction.rawValue])
            }
            let kept = Set(leaders.map(\.id))
            let delete = try db.cachedStatement(sql: "DELETE FROM leaders WHERE id = ?")
            for id in try String.fetchAll(db, sql: "SELECT id FROM leaders") where !kept.contains(id) {
                try delete.execute(arguments: [id])
            }
        }
    }
}
