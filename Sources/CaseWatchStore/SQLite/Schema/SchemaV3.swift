/// Schema version 3: what assessment reads by range.
///
/// The cases of a period are found by their `dispatched` events' instants (a range scan of a partial
/// index that holds the dispatches alone, a quarter of the events, and gives the case id without touching
/// the table; an index of every event's type would slow every append for nothing); escalations by
/// detection instant; a sign-off's
/// `signoff_escalated` ledger lines and an escalation's reversals by escalation.
enum SchemaV3 {
    /// The migration's identifier.
    static let identifier = "v3-assessment-indexes"

    /// The statements, in order.
    static let statements: [String] = [
        "CREATE INDEX case_events_dispatched_at ON case_events(at, case_id) WHERE type = 'dispatched'",
        "CREATE INDEX escalations_by_detected ON escalations(detected_at)",
        "CREATE INDEX ledger_by_escalation ON ledger(escalation_id)",
    ]
}
