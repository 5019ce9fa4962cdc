import CaseWatchStore
import PostgresNIO

/// One result row of the PostgreSQL store, read by column position; a value that does not decode as the
/// type asked is a ``StoreError/corrupt(_:)`` naming the column.
struct PostgresColumns {
    private let cells: PostgresRandomAccessRow

    init(_ row: PostgresRow) {
        cells = row.makeRandomAccess()
    }

    /// How many columns the row has.
    var count: Int { cells.count }

    /// Column `index` as `type` (an optional type reads NULL as nil).
    func decode<T: PostgresDecodable>(_ index: Int, as type: T.Type = T.self) throws(StoreError) -> T {
        do {
            return try cells[index].decode(T.self, context: .default)
        } catch {
            throw .corrupt("column \(index) (\(cells[index].columnName)) does not read as \(T.self): \(error)")
        }
    }

    /// Column `index` as an integer.
    func int(_ index: Int) throws(StoreError) -> Int64 { try decode(index) }

    /// Column `index` as an integer or nil.
    func optionalInt(_ index: Int) throws(StoreError) -> Int64? { try decode(index) }

    /// Column `index` as text.
    func text(_ index: Int) throws(StoreError) -> String { try decode(index) }

    /// Column `index` as text or nil.
    func optionalText(_ index: Int) throws(StoreError) -> String? { try decode(index) }
}
