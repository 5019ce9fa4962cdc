import CaseWatchCore
import Logging

/// The daemon's log lines about escalations and the store: identifiers and instants only, never a
/// citizen's data (the store holds none, and the log names cases by id).
enum EscalationLog {
    /// One line for one escalation recorded.
    static func recorded(_ escalation: Escalation, logger: Logger) {
        var metadata: Logger.Metadata = [
            "case": "\(escalation.caseID)",
            "cycle": "\(escalation.cycle)",
            "tier": "\(escalation.tier.rawValue)",
            "unit": "\(escalation.unit)",
            "due": "\(InstantFormatter.format(escalation.dueAt, offsetSeconds: 0))",
            "detected": "\(InstantFormatter.format(escalation.detectedAt, offsetSeconds: 0))",
            "late_s": "\(escalation.detectedAt.secondsSinceEpoch - escalation.dueAt.secondsSinceEpoch)",
        ]
        if let level = escalation.signoffLevel { metadata["signoff"] = "\(level)" }
        logger.notice("escalation", metadata: metadata)
    }
}
