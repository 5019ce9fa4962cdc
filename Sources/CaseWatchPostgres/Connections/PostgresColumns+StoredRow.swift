import CaseWatchStore

/// PostgreSQL's rows, read by the decoders both backends share (``PostgresColumns`` has the integer and
/// text readers already).
extension PostgresColumns: StoredRow {
    /// Column `index` as a boolean.
    func bool(_ index: Int) throws(StoreError) -> Bool { try decode(index) }
}
