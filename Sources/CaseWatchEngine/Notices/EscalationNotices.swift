import CaseWatchCore
import CaseWatchStore

/// The notices a recorded escalation makes true, written to the outbox in the transaction that records
/// it: `escalation`, and for a sign-off tier also `signoff_requested`.
///
/// Shared by the supervisor and the replay (when asked to notify), so that the two cannot word them apart.
enum EscalationNotices {
    /// Enqueues the notices of `escalation`, just recorded for the case `projection` (its category and
    /// urgency), fired under `policy` (the tier's action), with the sign-off due at `signoffDue` and the
    /// case's stored next step `next`.
    static func enqueue(
        _ escalation: Escalation, projection: CaseProjection, policy: Policy, signoffDue: Instant?, next: PendingStep?,
        writer: any StoreWriter
    ) throws(StoreError) {
        let action = policy.ladder.first { $0.name == escalation.tier }?.action
        let nextFacts = next.map { NextStepFacts(tier: $0.tier, dueAt: $0.due) }
        try writer.enqueue(Notice(
            kind: .escalation, caseID: escalation.caseID, cycle: escalation.cycle, unit: escalation.unit,
            category: projection.category, urgency: projection.urgency, tier: escalation.tier, action: action,
            dueAt: escalation.dueAt, at: escalation.detectedAt, signoff: nil, next: nextFacts
        ))
        guard let level = escalation.signoffLevel,
              let id = try writer.reader.requestedSignoffID(caseID: escalation.caseID, cycle: escalation.cycle, tier: escalation.tier)
        else { return }
        try writer.enqueue(Notice(
            kind: .signoffRequested, caseID: escalation.caseID, cycle: escalation.cycle, unit: escalation.unit,
            category: projection.category, urgency: projection.urgency, tier: escalation.tier, action: action,
            dueAt: signoffDue ?? escalation.detectedAt, at: escalation.detectedAt,
            signoff: SignoffFacts(id: id, level: level, status: .pending, decidedBy: nil, orderCaseID: nil), next: nextFacts
        ))
    }
}
