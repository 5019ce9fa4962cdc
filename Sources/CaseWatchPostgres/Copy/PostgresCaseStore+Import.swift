import CaseWatchStore

extension PostgresCaseStore {
    /// Runs `body` to fill this store from another, in one transaction holding the write lock: all of it is
    /// stored, or — when `body` throws or the connection is lost — none of it. Refuses a store that already
    /// holds units, cases, audit entries or API keys (a copy never merges two installations).
    public func importCopy(_ body: (inout PostgresTableImport) throws -> Void) throws -> [String: Int] {
        try writeTransaction { session in
            let holding = try session.rows("""
                SELECT 'units' WHERE EXISTS (SELECT 1 FROM units) UNION ALL SELECT 'cases' WHERE EXISTS (SELECT 1 FROM cases)
                UNION ALL SELECT 'audit entries' WHERE EXISTS (SELECT 1 FROM audit)
                UNION ALL SELECT 'API keys' WHERE EXISTS (SELECT 1 FROM api_keys)
                """).map { row throws(StoreError) in try row.text(0) }
            if !holding.isEmpty {
                throw StoreError.notEmpty(location: location, holding: holding)
            }
            // The meta rows a new store makes for itself (none today) give way to the copied ones.
            try session.execute("DELETE FROM meta")
            var rows = PostgresTableImport(session: session)
            try body(&rows)
            try rows.finish()
            return rows.counts
        }
    }
}
