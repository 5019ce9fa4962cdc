import Foundation

/// Who an ingest batch is audited as: the operating-system user who ran the intake.
enum IntakeAudit {
    /// `ingest:<user>`, from `$USER` (or `ingest` when unset).
    static let actor: String = {
        let user = ProcessInfo.processInfo.environment["USER"] ?? ""
        return user.isEmpty ? "ingest" : "ingest:\(user)"
    }()
}
