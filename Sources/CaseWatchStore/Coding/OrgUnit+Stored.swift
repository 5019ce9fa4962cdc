import CaseWatchCore

extension OrgUnit {
    /// The columns of the `units` table a unit is read from, in the order ``init(stored:)`` reads them.
    package static let storedColumns = "id, name, level, parent_id"

    /// The unit in `row`, whose columns are ``storedColumns``; a level this build does not know is corrupt.
    package init(stored row: some StoredRow) throws(StoreError) {
        let id = try row.text(0)
        let levelName = try row.text(2)
        guard let level = UnitLevel(rawValue: levelName) else {
            throw .corrupt("unit '\(id)' has an unknown level '\(levelName)'")
        }
        self.init(id: UnitID(id), name: try row.text(1), level: level, parent: try row.optionalText(3).map { UnitID($0) })
    }
}
