import CaseWatchConfig
import CaseWatchCore

/// How commands show a case.
enum CaseView {
    /// Whether an open case is past its accept (not yet accepted) or resolve (not yet replied) deadline.
    static func isOverdue(_ p: CaseProjection, at now: Instant) -> Bool {
        p.isOverdue(at: now)
    }

    /// One case as a list row (and as JSON).
    struct Row: Encodable {
        let caseID: String
        let status: String
        let unit: String?
        let category: String
        let urgency: String
        let cycle: Int
        let resolveDue: String?
        /// The most pressing deadline's state (`in 3h`, `overdue 1d 2h`, `accept overdue 2h`, `met on time`).
        let resolveState: String?
        let provisional: Bool
        let nextStep: String?
        let nextStepDue: String?

        enum CodingKeys: String, CodingKey {
            case status, unit, category, urgency, cycle, provisional
            case caseID = "case"
            case resolveDue = "resolve_due"
            case resolveState = "state"
            case nextStep = "next_step"
            case nextStepDue = "next_step_due"
        }

        /// A row for `p`, whose next step (the one the supervisor waits on, fired tiers excluded) is `next`.
        init(_ p: CaseProjection, next: PendingStep?, now: Instant, zone: ZoneRules) {
            let show = { (instant: Instant) in InstantFormatter.format(instant, in: zone) }
            caseID = p.caseID.rawValue
            status = p.status.rawValue
            unit = p.unit?.rawValue
            category = p.category
            urgency = p.urgency.rawValue
            cycle = p.cycle
            resolveDue = p.resolve.map { show($0.effectiveDue) }
            resolveState = CaseView.summary(of: p, now: now)
            provisional = p.resolve?.provisional ?? false
            nextStep = next.map(\.tier.rawValue)
            nextStepDue = next.map { show($0.due) }
        }
    }

    /// The state of the case's most pressing deadline: an unmet, passed accept deadline comes first.
    static func summary(of p: CaseProjection, now: Instant) -> String? {
        let suspended = p.status == .suspended
        if let accept = p.accept, accept.metAt == nil, accept.effectiveDue < now, !suspended {
            return "accept " + state(of: accept, now: now)
        }
        return p.resolve.map { state(of: $0, now: now, suspended: suspended) }
    }

    /// `met on time`, `met 2h late`, `in 3h`, `overdue 1d 2h`, `paused`.
    static func state(of deadline: DeadlineState, now: Instant, suspended: Bool = false) -> String {
        let due = deadline.effectiveDue.secondsSinceEpoch
        if let met = deadline.metAt {
            let late = met.secondsSinceEpoch - due
            return late <= 0 ? "met on time" : "met \(DurationText.describe(late)) late"
        }
        if suspended { return "paused" }
        return DurationText.relative(due: due, now: now.secondsSinceEpoch)
    }
}
