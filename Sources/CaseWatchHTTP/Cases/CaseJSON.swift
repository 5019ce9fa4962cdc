import CaseWatchCore
import CaseWatchExport
import CaseWatchStore

/// A case as the API shows it: the summary every listing item carries, and the detail of
/// `GET /v1/cases/{id}` (its escalations and sign-offs besides); instants as RFC 3339 in the display zone.
struct CaseJSON {
    /// The zone instants are shown in.
    let zone: ZoneRules
    /// The instant the overdue state is judged at.
    let asOf: Instant

    /// The summary of a case whose stored next step (fired tiers excluded) is `next`.
    func summary(_ p: CaseProjection, next: PendingStep?) -> JSONValue {
        .object(members(p, next: next))
    }

    /// The members of a case's summary.
    private func members(_ p: CaseProjection, next: PendingStep?) -> [String: JSONValue] {
        [
            "id": .string(p.caseID.rawValue),
            "unit": .string(p.unit?.rawValue),
            "category": .string(p.category),
            "urgency": .string(p.urgency.rawValue),
            "status": .string(p.status.rawValue),
            "cycle": .int(p.cycle),
            "policy_version": .string(p.policyVersion),
            "registered_at": instant(p.registeredAt),
            "accept": p.accept.map(deadline) ?? .null,
            "resolve": p.resolve.map(deadline) ?? .null,
            "overdue": .bool(p.isOverdue(at: asOf)),
            "suspended_since": p.suspendedSince.map(instant) ?? .null,
            "closed_at": p.closedAt.map(instant) ?? .null,
            "next_step": next.map(step) ?? .null,
        ]
    }

    /// The detail of a case: its summary, the instant it is judged at, its escalations and its sign-offs.
    func detail(_ p: CaseProjection, next: PendingStep?, escalations: [StoredEscalation], signoffs: [Signoff]) -> JSONValue {
        var object = members(p, next: next)
        object["as_of"] = instant(asOf)
        object["escalations"] = .array(escalations.map { escalation($0.escalation) })
        object["signoffs"] = .array(signoffs.map {
            .object(["id": .int($0.id), "level": .string($0.level), "status": .string($0.status.rawValue), "due": instant($0.dueAt)])
        })
        return .object(object)
    }

    private func deadline(_ d: DeadlineState) -> JSONValue {
        .object([
            "due": instant(d.due),
            "extended_due": d.extendedDue.map(instant) ?? .null,
            "met_at": d.metAt.map(instant) ?? .null,
            "provisional": .bool(d.provisional),
            "explicit": .bool(d.explicit),
        ])
    }

    private func step(_ s: PendingStep) -> JSONValue {
        .object(["tier": .string(s.tier.rawValue), "deadline": .string(s.deadline.rawValue), "due": instant(s.due), "provisional": .bool(s.provisional)])
    }

    private func escalation(_ e: Escalation) -> JSONValue {
        .object([
            "tier": .string(e.tier.rawValue), "cycle": .int(e.cycle), "unit": .string(e.unit.rawValue), "due": instant(e.dueAt),
            "detected": instant(e.detectedAt), "late_seconds": .int(e.detectedAt.secondsSinceEpoch - e.dueAt.secondsSinceEpoch),
        ])
    }

    private func instant(_ instant: Instant) -> JSONValue {
        .string(InstantFormatter.format(instant, in: zone))
    }
}
