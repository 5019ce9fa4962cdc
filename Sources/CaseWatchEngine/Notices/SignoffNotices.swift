import CaseWatchCore
import CaseWatchStore

/// The notices of a sign-off's life after its request: passed up a level, decided, the supervision order an
/// approval opens, and the request again when a returned one is resubmitted; each written in the
/// transaction that makes it true.
enum SignoffNotices {
    /// Enqueues `signoff_passed_up`: `expired` passed up at `at` to the new sign-off `newID` of `level`, due `due`.
    static func passedUp(_ expired: Signoff, newID: Int64, level: String, due: Instant, at: Instant, writer: any StoreWriter) throws(StoreError) {
        guard let projection = try writer.projection(of: expired.caseID) else { return }
        try writer.enqueue(Notice(
            kind: .signoffPassedUp, caseID: expired.caseID, cycle: expired.cycle, unit: expired.unit,
            category: projection.category, urgency: projection.urgency, tier: nil, action: nil, dueAt: due, at: at,
            signoff: SignoffFacts(id: newID, level: level, status: .pending, decidedBy: nil, orderCaseID: nil),
            next: try nextStep(of: expired.caseID, writer: writer)
        ))
    }

    /// Enqueues `signoff_decided`: `signoff` decided `status` by `leader` at `at` (an approval with its order).
    static func decided(
        _ signoff: Signoff, as status: SignoffStatus, by leader: String, order: CaseID? = nil, at: Instant, writer: any StoreWriter
    ) throws(StoreError) {
        guard let projection = try writer.projection(of: signoff.caseID) else { return }
        try writer.enqueue(Notice(
            kind: .signoffDecided, caseID: signoff.caseID, cycle: signoff.cycle, unit: signoff.unit,
            category: projection.category, urgency: projection.urgency, tier: nil, action: nil, dueAt: nil, at: at,
            signoff: SignoffFacts(id: signoff.id, level: signoff.level, status: status, decidedBy: leader, orderCaseID: order),
            next: try nextStep(of: signoff.caseID, writer: writer)
        ))
    }

    /// Enqueues `supervision_order`: the approval of `signoff` by `leader` opened `order` (charged to the
    /// sign-off's unit, due `due`, its first step `next`), for the original case.
    static func order(
        _ order: CaseID, of signoff: Signoff, by leader: String, due: Instant, next: PendingStep?, at: Instant, writer: any StoreWriter
    ) throws(StoreError) {
        guard let projection = try writer.projection(of: signoff.caseID) else { return }
        try writer.enqueue(Notice(
            kind: .supervisionOrder, caseID: signoff.caseID, cycle: signoff.cycle, unit: signoff.unit,
            category: projection.category, urgency: projection.urgency, tier: nil, action: nil, dueAt: due, at: at,
            signoff: SignoffFacts(id: signoff.id, level: signoff.level, status: .approved, decidedBy: leader, orderCaseID: order),
            next: next.map { NextStepFacts(tier: $0.tier, dueAt: $0.due) }
        ))
    }

    /// Enqueues `signoff_requested` again for sign-off `id`, resubmitted at `at` after it was returned: it is
    /// back before the leaders of its level, due later by the time it spent returned.
    static func requestedAgain(_ id: Int64, at: Instant, writer: any StoreWriter) throws(StoreError) {
        guard let signoff = try writer.reader.signoff(id: id), let projection = try writer.projection(of: signoff.caseID) else { return }
        let tier = try writer.escalations(caseID: signoff.caseID).first { $0.id == signoff.escalationID }?.escalation.tier
        try writer.enqueue(Notice(
            kind: .signoffRequested, caseID: signoff.caseID, cycle: signoff.cycle, unit: signoff.unit,
            category: projection.category, urgency: projection.urgency, tier: tier, action: .signoff, dueAt: signoff.dueAt,
            at: at, signoff: SignoffFacts(id: signoff.id, level: signoff.level, status: .pending, decidedBy: nil, orderCaseID: nil),
            next: try nextStep(of: signoff.caseID, writer: writer)
        ))
    }

    /// The case's stored next step, as a notice tells it.
    private static func nextStep(of caseID: CaseID, writer: any StoreWriter) throws(StoreError) -> NextStepFacts? {
        try writer.storedNextStep(of: caseID).map { NextStepFacts(tier: $0.tier, dueAt: $0.due) }
    }
}
