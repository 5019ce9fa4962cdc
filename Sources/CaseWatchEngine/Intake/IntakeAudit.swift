/// Who an ingest batch is audited as: the operating-system user who ran the intake.
enum IntakeAudit {
    /// `ingest:<user>`, the account of the process's real user id (never `$USER`, which the caller sets at will).
    static let actor: String = "ingest:\(OperatingSystemUser.name)"
}
