import CaseWatchStore

/// Rows written into a PostgreSQL store by `casewatch copy`, inside one transaction holding the write lock:
/// each table's rows as they come, with their own ids and keys; the columns naming rows of their own table
/// afterwards (``finish()``), and every id sequence moved past the ids copied.
public struct PostgresTableImport {
    let session: PostgresSession
    private var deferred: [(table: CopiedTables.Table, key: CopiedValue, value: CopiedValue)] = []
    /// How many rows each table received.
    public private(set) var counts: [String: Int] = [:]

    init(session: PostgresSession) {
        self.session = session
    }

    /// Inserts `rows` of `table`, whose values are in `columns`' order.
    public mutating func insert(_ table: CopiedTables.Table, columns: [String], rows: [[CopiedValue]]) throws(StoreError) {
        counts[table.name, default: 0] += rows.count
        guard !rows.isEmpty else { return }
        let keyIndex = columns.firstIndex(of: table.key)
        let deferredIndex = table.selfReference.flatMap { columns.firstIndex(of: $0) }
        // At most 65,535 parameters a statement: whole rows up to 30,000 values.
        let perStatement = max(1, 30_000 / columns.count)
        var start = 0
        while start < rows.count {
            let chunk = rows[start..<min(start + perStatement, rows.count)]
            var values: [any PostgresBindable] = []
            var tuples: [String] = []
            for row in chunk {
                var placeholders: [String] = []
                for (index, value) in row.enumerated() {
                    var value = value
                    if index == deferredIndex, value != .null, let keyIndex {
                        deferred.append((table, row[keyIndex], value))
                        value = .null
                    }
                    values.append(Self.bindable(value))
                    placeholders.append("$\(values.count)")
                }
                tuples.append("(" + placeholders.joined(separator: ", ") + ")")
            }
            try session.execute("INSERT INTO \(table.name) (\(columns.joined(separator: ", "))) VALUES \(tuples.joined(separator: ", "))", values)
            start += chunk.count
        }
    }

    /// Writes the deferred self-references and moves every identity sequence past the largest id copied.
    mutating func finish() throws(StoreError) {
        for (table, key, value) in deferred {
            guard let reference = table.selfReference else { continue }
            try session.execute("UPDATE \(table.name) SET \(reference) = $1 WHERE \(table.key) = $2", [Self.bindable(value), Self.bindable(key)])
        }
        deferred = []
        let identities = try session.rows("""
            SELECT table_name::text, column_name::text FROM information_schema.columns
            WHERE table_schema = current_schema() AND is_identity = 'YES'
            """)
        for identity in identities {
            let (table, column) = (try identity.text(0), try identity.text(1))
            try session.execute("""
                SELECT setval(pg_get_serial_sequence($1, $2), COALESCE((SELECT MAX(\(column)) FROM \(table)), 0) + 1, false)
                """, [table, column])
        }
    }

    /// A copied value as a parameter.
    private static func bindable(_ value: CopiedValue) -> any PostgresBindable {
        switch value {
        case .null: String?.none
        case let .integer(number): number
        case let .text(text): text
        }
    }
}
