import GRDB

extension SQLiteCaseStore {
    /// For tests of atomicity: makes every later INSERT of a notice of `kind` fail (a trigger), so that the
    /// transaction writing it fails part-way, after its escalation and earlier notices were written; `nil`
    /// lifts it.
    ///
    /// Not for production use.
    @_spi(Testing)
    public func refuseNotices(ofKind kind: String?) throws {
        try pool.write { db in
            try db.execute(sql: "DROP TRIGGER IF EXISTS notices_refused_for_test")
            guard let kind else { return }
            try db.execute(sql: """
                CREATE TRIGGER notices_refused_for_test BEFORE INSERT ON notices WHEN NEW.kind = '\(kind.replacingOccurrences(of: "'", with: "''"))'
                BEGIN SELECT RAISE(ABORT, 'notice refused for a test'); END
                """)
        }
    }
}
