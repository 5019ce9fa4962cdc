import CaseWatchCore
import CaseWatchStore
import Foundation

/// A case as the API shows it: the summary every listing item carries, and the detail of
/// `GET /v1/cases/{id}` (its escalations and sign-offs besides); instants as RFC 3339 in the display zone.
struct CaseJSON {
    /// The zone instants are shown in.
    let zone: ZoneRules
    /// The instant the overdue state is judged at.
    let asOf: Instant

    /// The summary of a case whose stored next step (fired tiers excluded) is `next`.
    func summary(_ p: CaseProjection, next: PendingStep?) -> [String: Any] {
        [
            "id": p.caseID.rawValue,
            "unit": p.unit?.rawValue ?? null,
            "category": p.category,
            "urgency": p.urgency.rawValue,
            "status": p.status.rawValue,
            "cycle": p.cycle,
            "policy_version": p.policyVersion,
            "registered_at": instant(p.registeredAt),
            "accept": p.accept.map(deadline) ?? null,
            "resolve": p.resolve.map(deadline) ?? null,
            "overdue": p.isOverdue(at: asOf),
            "suspended_since": p.suspendedSince.map(instant) ?? null,
            "closed_at": p.closedAt.map(instant) ?? null,
            "next_step": next.map(step) ?? null,
        ]
    }

    /// The detail of a case: its summary, the instant it is judged at, its escalations and its sign-offs.
    func detail(_ p: CaseProjection, next: PendingStep?, escalations: [StoredEscalation], signoffs: [Signoff]) -> [String: Any] {
        var object = summary(p, next: next)
        object["as_of"] = instant(asOf)
        object["escalations"] = escalations.map { escalation($0.escalation) }
        object["signoffs"] = signoffs.map { ["id": $0.id, "level": $0.level, "status": $0.status.rawValue, "due": instant($0.dueAt)] }
        return object
    }

    private func deadline(_ d: DeadlineState) -> [String: Any] {
        [
            "due": instant(d.due),
            "extended_due": d.extendedDue.map(instant) ?? null,
            "met_at": d.metAt.map(instant) ?? null,
            "provisional": d.provisional,
            "explicit": d.explicit,
        ]
    }

    private func step(_ s: PendingStep) -> [String: Any] {
        ["tier": s.tier.rawValue, "deadline": s.deadline.rawValue, "due": instant(s.due), "provisional": s.provisional]
    }

    private func escalation(_ e: Escalation) -> [String: Any] {
        [
            "tier": e.tier.rawValue, "cycle": e.cycle, "unit": e.unit.rawValue, "due": instant(e.dueAt),
            "detected": instant(e.detectedAt), "late_seconds": e.detectedAt.secondsSinceEpoch - e.dueAt.secondsSinceEpoch,
        ]
    }

    private func instant(_ instant: Instant) -> String {
        InstantFormatter.format(instant, in: zone)
    }

    private var null: Any { NSNull() }
}
