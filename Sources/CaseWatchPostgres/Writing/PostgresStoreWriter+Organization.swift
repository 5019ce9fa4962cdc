import CaseWatchCore
import CaseWatchStore

extension PostgresStoreWriter: OrganizationWriting {
    /// Inserts or updates units, writing parents before children whatever the order given.
    ///
    /// A parent must be in `units` or already stored (else ``StoreError/unknownUnit(_:neededBy:)`` naming
    /// it); parents must not loop, counting the stored tree (else ``StoreError/unitCycle(_:)``). A unit
    /// given twice is written once, as given last. Units are never deleted: cases and assessments refer to
    /// them.
    func upsertUnits(_ units: [OrgUnit]) throws(StoreError) {
        let ordered = try UnitTree.topDown(units) { (parent) throws(StoreError) in try postgres.unit(parent) != nil }
        try atomically { () throws(StoreError) in
            for unit in ordered {
                try session.execute("""
                    INSERT INTO units (id, name, level, parent_id) VALUES ($1, $2, $3, $4)
                    ON CONFLICT (id) DO UPDATE SET name = excluded.name, level = excluded.level, parent_id = excluded.parent_id
                    """, [unit.id.rawValue, unit.name, unit.level.rawValue, unit.parent?.rawValue])
            }
            // Moving a stored unit under one of its own descendants would loop the stored tree; the
            // savepoint then undoes every unit written.
            _ = try UnitTree.topDown(try postgres.storedUnits())
        }
    }

    /// Makes the roster exactly `leaders`: updates those stored, adds the new, removes the others.
    ///
    /// A leader's token columns are kept while the leader stays on the roster. Each jurisdiction must be a
    /// stored unit (else ``StoreError/unknownUnit(_:neededBy:)``).
    func replaceLeaders(_ leaders: [Leader]) throws(StoreError) {
        for leader in leaders where try postgres.unit(leader.jurisdiction) == nil {
            throw .unknownUnit(leader.jurisdiction, neededBy: "jurisdiction of leader '\(leader.id)'")
        }
        try atomically { () throws(StoreError) in
            for leader in leaders {
                try session.execute("""
                    INSERT INTO leaders (id, name, title, level, jurisdiction_id) VALUES ($1, $2, $3, $4, $5)
                    ON CONFLICT (id) DO UPDATE SET name = excluded.name, title = excluded.title, level = excluded.level,
                        jurisdiction_id = excluded.jurisdiction_id
                    """, [leader.id, leader.name, leader.title, leader.level, leader.jurisdiction.rawValue])
            }
            try session.execute("DELETE FROM leaders WHERE id <> ALL($1)", [leaders.map(\.id)])
        }
    }
}
