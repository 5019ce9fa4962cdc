import CaseWatchCore
import CaseWatchStore

extension PostgresStoreReader {
    /// The unit and its ancestors up to the root, the unit first (just the unit when it is not in the tree).
    func lineage(of unit: UnitID) throws(StoreError) -> [UnitID] {
        let ids = try session.rows(UnitLineage.query(parameter: "$1"), [unit.rawValue]).map { row throws(StoreError) in try row.text(0) }
        return UnitLineage.lineage(ids, of: unit)
    }
}
