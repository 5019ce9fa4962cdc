import CaseWatchCore

/// One result row of either backend, read by column position: what lets one decoder turn a row into a
/// domain value for SQLite and PostgreSQL alike, instead of a copy per backend.
///
/// A value that does not read as the type asked (NULL where a value must be, text where a number must be)
/// is a ``StoreError/corrupt(_:)`` naming the column.
package protocol StoredRow {
    /// Column `index` as an integer.
    func int(_ index: Int) throws(StoreError) -> Int64
    /// Column `index` as an integer, nil when NULL.
    func optionalInt(_ index: Int) throws(StoreError) -> Int64?
    /// Column `index` as text.
    func text(_ index: Int) throws(StoreError) -> String
    /// Column `index` as text, nil when NULL.
    func optionalText(_ index: Int) throws(StoreError) -> String?
    /// Column `index` as a truth value: SQLite's 0 or 1, PostgreSQL's boolean.
    func bool(_ index: Int) throws(StoreError) -> Bool
}

extension StoredRow {
    /// Column `index` (seconds since the Unix epoch) as an instant.
    package func instant(_ index: Int) throws(StoreError) -> Instant {
        Instant(secondsSinceEpoch: try int(index))
    }

    /// Column `index` (seconds since the Unix epoch) as an instant, nil when NULL.
    package func optionalInstant(_ index: Int) throws(StoreError) -> Instant? {
        try optionalInt(index).map { Instant(secondsSinceEpoch: $0) }
    }

    /// Column `index` as a count or another integer Swift keeps as `Int`.
    package func count(_ index: Int) throws(StoreError) -> Int {
        Int(try int(index))
    }
}
