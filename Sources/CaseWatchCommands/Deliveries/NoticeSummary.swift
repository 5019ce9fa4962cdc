import CaseWatchCore

/// A notice as `deliveries show` prints it: the case's own fields only.
struct NoticeSummary: Encodable {
    let kind: String
    let caseID: String
    let cycle: Int
    let unit: String
    let category: String
    let urgency: String
    let tier: String?
    let action: String?
    let dueAt: String?
    let at: String
    let latenessSeconds: Int64
    let signoffID: Int64?
    let signoffLevel: String?
    let signoffStatus: String?
    let decidedBy: String?
    let orderCaseID: String?
    let nextTier: String?
    let nextDueAt: String?

    enum CodingKeys: String, CodingKey {
        case kind, cycle, unit, category, urgency, tier, action, at
        case caseID = "case_id", dueAt = "due_at", latenessSeconds = "lateness_seconds", signoffID = "signoff_id"
        case signoffLevel = "signoff_level", signoffStatus = "signoff_status", decidedBy = "decided_by"
        case orderCaseID = "order_case_id", nextTier = "next_tier", nextDueAt = "next_due_at"
    }

    init(_ notice: Notice, zone: ZoneRules) {
        func format(_ instant: Instant) -> String { InstantFormatter.format(instant, in: zone) }
        kind = notice.kind.rawValue
        caseID = notice.caseID.rawValue
        cycle = notice.cycle
        unit = notice.unit.rawValue
        category = notice.category
        urgency = notice.urgency.rawValue
        tier = notice.tier?.rawValue
        action = notice.action?.rawValue
        dueAt = notice.dueAt.map(format)
        at = format(notice.at)
        latenessSeconds = notice.latenessSeconds
        signoffID = notice.signoff?.id
        signoffLevel = notice.signoff?.level
        signoffStatus = notice.signoff?.status.rawValue
        decidedBy = notice.signoff?.decidedBy
        orderCaseID = notice.signoff?.orderCaseID?.rawValue
        nextTier = notice.next?.tier.rawValue
        nextDueAt = notice.next.map { format($0.dueAt) }
    }

    /// One line: what happened to which case, where, when, and what comes next.
    var text: String {
        var parts = ["\(kind) of case \(caseID) (cycle \(cycle), \(category), \(urgency)) at \(unit)"]
        if let tier { parts.append("tier \(tier)" + (action.map { " (\($0))" } ?? "")) }
        if let dueAt { parts.append("due \(dueAt)") }
        parts.append("at \(at)" + (latenessSeconds > 0 ? " (\(DurationText.describe(latenessSeconds)) late)" : ""))
        if let signoffID {
            var signoff = "sign-off \(signoffID) \(signoffLevel ?? "") \(signoffStatus ?? "")"
            if let decidedBy { signoff += " by \(decidedBy)" }
            if let orderCaseID { signoff += ", order \(orderCaseID)" }
            parts.append(signoff)
        }
        if let nextTier, let nextDueAt { parts.append("next: \(nextTier) at \(nextDueAt)") }
        return parts.joined(separator: ", ")
    }
}
