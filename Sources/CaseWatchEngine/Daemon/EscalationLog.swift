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

    /// One line for a sign-off passed to the next level up.
    static func passedUp(_ passed: SignoffEscalation, logger: Logger) {
        logger.notice("signoff escalated", metadata: [
            "signoff": "\(passed.expired.id)", "to_signoff": "\(passed.newID)", "level": "\(passed.level)",
            "case": "\(passed.expired.caseID)", "unit": "\(passed.expired.unit)",
            "expired": "\(InstantFormatter.format(passed.expired.dueAt, offsetSeconds: 0))",
            "due": "\(InstantFormatter.format(passed.due, offsetSeconds: 0))",
        ])
    }
}
