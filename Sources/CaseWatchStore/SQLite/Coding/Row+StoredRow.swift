import GRDB

/// SQLite's rows, read by the decoders both backends share.
extension Row: StoredRow {
    /// Column `index` as an integer.
    package func int(_ index: Int) throws(StoreError) -> Int64 {
        try storeOperation { try decode(Int64.self, atIndex: index) }
    }

    /// Column `index` as an integer, nil when NULL.
    package func optionalInt(_ index: Int) throws(StoreError) -> Int64? {
        try storeOperation { try decode(Int64?.self, atIndex: index) }
    }

    /// Column `index` as text.
    package func text(_ index: Int) throws(StoreError) -> String {
        try storeOperation { try decode(String.self, atIndex: index) }
    }

    /// Column `index` as text, nil when NULL.
    package func optionalText(_ index: Int) throws(StoreError) -> String? {
        try storeOperation { try decode(String?.self, atIndex: index) }
    }

    /// Column `index` as a truth value (SQLite stores 0 or 1).
    package func bool(_ index: Int) throws(StoreError) -> Bool {
        try storeOperation { try decode(Bool.self, atIndex: index) }
    }
}
