import CaseWatchCore

extension Leader {
    /// The columns of the `leaders` table a leader is read from, in the order ``init(stored:)`` reads them.
    package static let storedColumns = "id, name, title, level, jurisdiction_id"

    /// The leader in `row`, whose first columns are ``storedColumns``.
    package init(stored row: some StoredRow) throws(StoreError) {
        self.init(
            id: try row.text(0), name: try row.text(1), title: try row.text(2), level: try row.text(3),
            jurisdiction: UnitID(try row.text(4))
        )
    }
}
