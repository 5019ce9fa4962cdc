import CaseWatchCore

/// A unit's lineage (it and its ancestors up to the root, which a sign-off's levels are found along), for
/// both backends: the walk up the `units` table and what it comes to.
package enum UnitLineage {
    /// The recursive walk up from one unit, the unit first, its id bound to `parameter` (`?` or `$1`).
    package static func query(parameter: String) -> String {
        """
        WITH RECURSIVE up(id, parent_id, depth) AS (
            SELECT id, parent_id, 0 FROM units WHERE id = \(parameter)
            UNION ALL SELECT u.id, u.parent_id, up.depth + 1 FROM units u JOIN up ON u.id = up.parent_id
        ) SELECT id FROM up ORDER BY depth
        """
    }

    /// The lineage of `unit` from the ids ``query(parameter:)`` returned: just the unit when it is not in
    /// the tree.
    package static func lineage(_ ids: [String], of unit: UnitID) -> [UnitID] {
        ids.isEmpty ? [unit] : ids.map { UnitID($0) }
    }
}
