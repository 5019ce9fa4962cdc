import CaseWatchCore
import CaseWatchStore

/// Leaders' decisions on sign-offs: each checked against the leader's token, level and jurisdiction,
/// recorded once (a decision is final; of two leaders deciding at once, exactly one succeeds), with its
/// consequences, an audit entry and its notices for the outbox (``SignoffNotices``: the decision, and an
/// approval's supervision order) in the same transaction. Refusals are audited too.
///
/// - approve: opens a supervision order (督办件), a case of its own (`SO-<sign-off id>`) dispatched to the
///   charged unit with its own resolve deadline, tracked and escalated like any case;
/// - reject: the escalation was unjustified; its assessment points are given back by a reversal entry;
/// - return: back to the hotline centre; the sign-off's clock pauses until ``resubmit(_:by:at:)``.
public struct SignoffDesk: Sendable {
    /// The store.
    public let store: any CaseStore
    /// The policies (for the supervision order's deadline and ladder).
    public let catalog: VariantPolicyCatalog

    /// A desk on `store`.
    public init(store: any CaseStore, catalog: any PolicyCatalog) {
        self.store = store
        self.catalog = VariantPolicyCatalog(catalog)
    }

    /// The leader a token belongs to; a missing, unknown or revoked token is refused and audited.
    public func authenticate(token: String?, at now: Instant) throws -> Leader {
        switch try store.read({ try LeaderTokenCheck.leader(for: token, reader: $0) }) {
        case let .success(leader): return leader
        case let .failure(refusal): throw try refuse(refusal, actor: LeaderTokenCheck.actor(of: refusal), at: now)
        }
    }

    /// The pending sign-offs addressed to `leader` (of their level, in their jurisdiction), oldest due first,
    /// those already expired included: what ``SignoffAuthority`` lets them decide, or would have before expiry.
    public func awaiting(_ leader: Leader) throws -> [Signoff] {
        try store.read { reader in
            try reader.signoffs(statuses: [.pending], level: leader.level).filter { signoff in
                SignoffAuthority.isAddressed(signoff, to: leader, unitLineage: try reader.lineage(of: signoff.unit))
            }
        }
    }

    /// Approves a sign-off with an instruction and opens its supervision order, due `deadline` after now on
    /// the case's calendar (default: the policy's `signoffs.supervision_order`). Returns the order's case id and due instant.
    @discardableResult
    public func approve(_ id: Int64, token: String?, instruction: String, deadline: ClockDuration? = nil, at now: Instant) throws -> (order: CaseID, due: Instant) {
        let leader = try authenticate(token: token, at: now)
        let instruction = try required(instruction, .instruction, leader: leader, at: now)
        return try decide(id, leader: leader, at: now) { signoff, writer in
            let order = CaseID("SO-\(signoff.id)")
            guard try writer.decideSignoff(id, as: .approved, by: leader.id, at: now, instruction: instruction, orderCaseID: order) else { return nil }
            let (due, next) = try openOrder(order, for: signoff, by: leader, deadline: deadline, at: now, writer: writer)
            try SignoffNotices.decided(signoff, as: .approved, by: leader.id, order: order, at: now, writer: writer)
            try SignoffNotices.order(order, of: signoff, by: leader.id, due: due, next: next, at: now, writer: writer)
            try writer.appendAudit(at: now, actor: leader.id, action: "signoff.approve", detail: AuditDetail.json([
                "signoff": "\(id)", "case": signoff.caseID.rawValue, "unit": signoff.unit.rawValue, "instruction": instruction,
                "order": order.rawValue, "order_due": InstantFormatter.format(due, offsetSeconds: 0),
            ]))
            return (order, due)
        }
    }

    /// Rejects a sign-off as unjustified and gives the escalation's points back. Returns the points.
    @discardableResult
    public func reject(_ id: Int64, token: String?, reason: String, at now: Instant) throws -> AssessmentPoints {
        let leader = try authenticate(token: token, at: now)
        let reason = try required(reason, .reason, leader: leader, at: now)
        return try decide(id, leader: leader, at: now) { signoff, writer in
            guard try writer.decideSignoff(id, as: .rejected, by: leader.id, at: now, reason: reason) else { return nil }
            let points = try writer.reverseEscalationPoints(signoff.escalationID, at: now)
            try SignoffNotices.decided(signoff, as: .rejected, by: leader.id, at: now, writer: writer)
            try writer.appendAudit(at: now, actor: leader.id, action: "signoff.reject", detail: AuditDetail.json([
                "signoff": "\(id)", "case": signoff.caseID.rawValue, "unit": signoff.unit.rawValue, "reason": reason,
                "points_reversed": "\(points)",
            ]))
            return points
        }
    }

    /// Returns a sign-off to the hotline centre for more information; its clock pauses.
    public func `return`(_ id: Int64, token: String?, reason: String, at now: Instant) throws {
        let leader = try authenticate(token: token, at: now)
        let reason = try required(reason, .reason, leader: leader, at: now)
        try decide(id, leader: leader, at: now) { signoff, writer -> Void? in
            guard try writer.decideSignoff(id, as: .returned, by: leader.id, at: now, reason: reason) else { return nil }
            try SignoffNotices.decided(signoff, as: .returned, by: leader.id, at: now, writer: writer)
            try writer.appendAudit(at: now, actor: leader.id, action: "signoff.return", detail: AuditDetail.json([
                "signoff": "\(id)", "case": signoff.caseID.rawValue, "unit": signoff.unit.rawValue, "reason": reason,
            ]))
            return ()
        }
    }

    /// Puts a returned sign-off back before leaders (the hotline centre's move, by `actor`), its due
    /// instant moved on by the time it spent returned; its leaders are told again (`signoff_requested`).
    public func resubmit(_ id: Int64, by actor: String, note: String? = nil, at now: Instant) throws {
        try store.write { writer in
            guard let signoff = try writer.reader.signoff(id: id) else { throw SignoffRefusal.noSuchSignoff(id) }
            guard try writer.resubmitSignoff(id, at: now) else { throw SignoffRefusal.notReturned(signoff: id, status: signoff.status) }
            try SignoffNotices.requestedAgain(id, at: now, writer: writer)
            try writer.appendAudit(at: now, actor: actor, action: "signoff.resubmit", detail: AuditDetail.json([
                "signoff": "\(id)", "case": signoff.caseID.rawValue, "note": note ?? "",
            ]))
        }
    }

    /// Runs a decision in one transaction after the authority check; `body` returns nil when the sign-off
    /// was decided meanwhile (by a concurrent leader).
    @discardableResult
    private func decide<T>(_ id: Int64, leader: Leader, at now: Instant, _ body: (Signoff, any StoreWriter) throws -> T?) throws -> T {
        let outcome = try store.write { writer -> Result<T, SignoffRefusal> in
            guard let signoff = try writer.reader.signoff(id: id) else {
                return .failure(.noSuchSignoff(id))
            }
            let lineage = try writer.reader.lineage(of: signoff.unit)
            if let refusal = SignoffAuthority.refusal(of: leader, for: signoff, unitLineage: lineage, at: now) {
                return .failure(.notAuthorised(refusal))
            }
            guard let result = try body(signoff, writer) else {
                let now = try writer.reader.signoff(id: id)
                return .failure(.decidedMeanwhile(signoff: id, status: now?.status, by: now?.decidedBy))
            }
            return .success(result)
        }
        switch outcome {
        case let .success(result): return result
        case let .failure(refusal): throw try refuse(refusal, actor: leader.id, at: now)
        }
    }

    /// Opens the supervision order: its registration and dispatch to the charged unit, due `deadline` after
    /// `now`, with its projection and next step. Returns the due instant and the next step.
    private func openOrder(
        _ order: CaseID, for signoff: Signoff, by leader: Leader, deadline: ClockDuration?, at now: Instant, writer: any StoreWriter
    ) throws -> (due: Instant, next: PendingStep?) {
        guard let original = try writer.projection(of: signoff.caseID), let category = CaseCategory(original.category),
              let policy = catalog.policy(at: now) ?? catalog.policy(version: original.policyVersion) else {
            throw SignoffRefusal.caseNotProjectable(signoff: signoff.id, caseID: signoff.caseID)
        }
        let due = catalog.calendar(for: policy).deadline(from: now, adding: deadline ?? policy.signoffs.supervisionOrder).due
        let events = [
            CaseEvent(id: EventID("\(order)-registered"), caseID: order, at: now, actor: leader.id,
                      kind: .registered(category: category, urgency: original.urgency, policyVersion: policy.version)),
            CaseEvent(id: EventID("\(order)-dispatched"), caseID: order, at: now, actor: leader.id,
                      kind: .dispatched(unit: signoff.unit, resolveBy: due)),
        ]
        var projection: CaseProjection?
        for event in events {
            projection = try CaseLifecycle.apply(event, to: projection, catalog: catalog)
            try writer.insertEvent(event, batch: nil, recordedAt: now)
        }
        let next = projection?.nextStep(excluding: [])
        if let projection { try writer.saveProjection(projection, nextStep: next) }
        return (due, next)
    }

    /// The text, trimmed; an empty one is refused.
    private func required(_ text: String, _ kind: SignoffRefusal.SignoffText, leader: Leader, at now: Instant) throws -> String {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.isEmpty else { throw try refuse(.emptyText(kind), actor: leader.id, at: now) }
        return trimmed
    }

    /// Audits a refusal (its code and data) and returns it to be thrown.
    private func refuse(_ refusal: SignoffRefusal, actor: String, at now: Instant) throws -> SignoffRefusal {
        try store.write { writer in
            try writer.appendAudit(at: now, actor: actor, action: "signoff.refused", detail: AuditDetail.refusal(code: refusal.code, fields: refusal.fields))
        }
        return refusal
    }
}
