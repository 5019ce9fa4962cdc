/// Schema version 2: what leaders' sign-off decisions need.
///
/// A returned sign-off remembers when it was returned and how long its clock has been paused in all; an
/// expired one points to the sign-off it escalated to at the next level up; an approved one names the
/// supervision order (a case of its own) it opened. Pending sign-offs are found by due instant.
enum SchemaV2 {
    /// The migration's identifier.
    static let identifier = "v2-signoff-decisions"

    /// The statements, in order.
    static let statements: [String] = [
        "ALTER TABLE signoffs ADD COLUMN returned_at INTEGER",
        "ALTER TABLE signoffs ADD COLUMN paused_seconds INTEGER NOT NULL DEFAULT 0 CHECK (paused_seconds >= 0)",
        "ALTER TABLE signoffs ADD COLUMN escalated_to INTEGER REFERENCES signoffs(id)",
        "ALTER TABLE signoffs ADD COLUMN order_case_id TEXT",
        "CREATE INDEX signoffs_by_status_due ON signoffs(status, due_at)",
        "CREATE INDEX audit_by_actor ON audit(actor, seq)",
    ]
}
