import GRDB

extension SQLiteCaseStore {
    /// Reads every table of ``CopiedTables/all`` in one snapshot, in its key's order, and hands `body` each
    /// table's column names and its rows `pageSize` at a time (an empty table: once, with no rows).
    public func exportTables(
        pageSize: Int = 1_000, _ body: (_ table: CopiedTables.Table, _ columns: [String], _ rows: [[CopiedValue]]) throws -> Void
    ) throws {
        try storeOperation { try exportTables(pageSize: pageSize, from: pool, body) }
    }

    /// Reads the tables in one read transaction of `pool`.
    private func exportTables(
        pageSize: Int, from pool: DatabasePool, _ body: (_ table: CopiedTables.Table, _ columns: [String], _ rows: [[CopiedValue]]) throws -> Void
    ) throws {
        try pool.read { db in
            for table in CopiedTables.all {
                let columns = try Row.fetchAll(db, sql: "SELECT name FROM pragma_table_info(?) ORDER BY cid", arguments: [table.name])
                    .map { $0[0] as String }
                let cursor = try Row.fetchCursor(db, sql: "SELECT \(columns.joined(separator: ", ")) FROM \(table.name) ORDER BY \(table.key)")
                var page: [[CopiedValue]] = []
                var handed = false
                while let row = try cursor.next() {
                    page.append(try row.databaseValues.map(Self.copied))
                    if page.count == pageSize {
                        try body(table, columns, page)
                        page.removeAll(keepingCapacity: true)
                        handed = true
                    }
                }
                if !page.isEmpty || !handed { try body(table, columns, page) }
            }
        }
    }

    /// A stored value as copied; CaseWatch's tables hold no reals or blobs.
    private static func copied(_ value: DatabaseValue) throws -> CopiedValue {
        switch value.storage {
        case .null: return .null
        case let .int64(number): return .integer(number)
        case let .string(text): return .text(text)
        case .double, .blob: throw StoreError.corrupt("a column holds \(value), which no CaseWatch table stores")
        }
    }
}
