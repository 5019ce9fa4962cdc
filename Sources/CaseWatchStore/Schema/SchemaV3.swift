/// Schema version 3: what assessment reads by range.
///
/// The cases of a period are found by their `dispatched` events' instants (a range scan that also gives
/// the case id without touching the table); escalations by detection instant; a sign-off's
/// `signoff_escalated` ledger lines and an escalation's reversals by escalation.
enum SchemaV3 {
    /// The migration's identifier.
    static let identifier = "v3-assessment-indexes"

    /// The statements, in order.
    static let statements: [String] = [
        "CREATE INDEX case_events_by_type_at ON case_events(type, at, case_id)",
        "CREATE INDEX escalations_by_detected ON escalations(detected_at)",
        "CREATE INDEX ledger_by_escalation ON ledger(escalation_id)",
    ]
}
