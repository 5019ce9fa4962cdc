import CaseWatchStore

extension PostgresCaseStore {
    /// For tests of atomicity: makes every later INSERT of a notice of `kind` fail (a trigger raising
    /// "notice refused for a test"), so that the transaction writing it fails part-way, after its escalation
    /// and earlier notices were written; `nil` lifts it. As SQLite's hook of the same name does.
    ///
    /// Not for production use.
    @_spi(Testing)
    public func refuseNotices(ofKind kind: String?) throws(StoreError) {
        try executeForTesting("DROP TRIGGER IF EXISTS notices_refused_for_test ON notices")
        try executeForTesting("DROP FUNCTION IF EXISTS notices_refused_for_test()")
        guard let kind else { return }
        // The kind is a literal of the function's body: a trigger function takes no parameter of the caller's.
        try executeForTesting("""
            CREATE FUNCTION notices_refused_for_test() RETURNS trigger LANGUAGE plpgsql AS $refusal$
            BEGIN
                IF NEW.kind = '\(kind.replacingOccurrences(of: "'", with: "''"))' THEN
                    RAISE EXCEPTION 'notice refused for a test' USING ERRCODE = 'restrict_violation';
                END IF;
                RETURN NEW;
            END
            $refusal$
            """)
        try executeForTesting("""
            CREATE TRIGGER notices_refused_for_test BEFORE INSERT ON notices
            FOR EACH ROW EXECUTE FUNCTION notices_refused_for_test()
            """)
    }
}
