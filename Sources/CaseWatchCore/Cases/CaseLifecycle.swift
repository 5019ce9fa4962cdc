/// The case state machine: applies one event to a case's projection, or refuses it with the reason.
///
/// Rules beyond each event's own transition:
/// - the first event of a case is `registered`, and only the first;
/// - events of a case arrive in time order: an event older than the case's last event is refused (late
///   events are never reordered into the past; one at the same instant is applied after it);
/// - after `closed` only `reopened` is accepted; while suspended only `resumed` and extension decisions.
public enum CaseLifecycle {
    /// The case as its events make it, or nil for no events.
    public static func project(_ events: [CaseEvent], catalog: any PolicyCatalog) throws(TransitionError) -> CaseProjection? {
        var projection: CaseProjection?
        for event in events {
            projection = try apply(event, to: projection, catalog: catalog)
        }
        return projection
    }

    /// Applies `event` to `current` (nil for a case not yet registered) and returns the new projection.
    public static func apply(
        _ event: CaseEvent, to current: CaseProjection?, catalog: any PolicyCatalog
    ) throws(TransitionError) -> CaseProjection {
        guard var projection = current else {
            return try register(event, catalog: catalog)
        }
        guard event.caseID == projection.caseID else {
            throw TransitionError(event, "belongs to case \(event.caseID), not \(projection.caseID)")
        }
        try checkOrderAndState(event, projection)
        guard let policy = catalog.policy(version: projection.policyVersion) else {
            throw TransitionError(event, "the case is pinned to policy version \(projection.policyVersion), which is not loaded; load the policy directory that holds it")
        }
        try transition(&projection, by: event, policy: policy)
        projection.lastEventAt = event.at
        projection.eventCount += 1
        CaseClocks.update(&projection, after: event.kind.type, policy: policy, calendar: catalog.calendar(for: policy))
        return projection
    }

    private static func register(_ event: CaseEvent, catalog: any PolicyCatalog) throws(TransitionError) -> CaseProjection {
        guard case let .registered(category, urgency, version) = event.kind else {
            throw TransitionError(event, "case \(event.caseID) is not registered; its first event must be 'registered'")
        }
        let policy: Policy
        if let version {
            guard let pinned = catalog.policy(version: version) else {
                throw TransitionError(event, "policy version \(version) is not loaded")
            }
            policy = pinned
        } else {
            guard let current = catalog.policy(at: event.at) else {
                throw TransitionError(event, "no policy is in force at \(event.at)")
            }
            policy = current
        }
        guard policy.defaults[urgency] != nil else {
            throw TransitionError(event, "unknown urgency '\(urgency)'; policy \(policy.version) defines \(policy.urgencies.map(\.rawValue).joined(separator: ", "))")
        }
        return CaseProjection(
            caseID: event.caseID, status: .registered, statusBeforeSuspension: nil, category: category.description,
            urgency: urgency, policyVersion: policy.version, registeredAt: event.at, unit: nil, cycle: 0,
            cycleStart: nil, reopens: 0, transfers: 0, returns: 0, explicitResolveBy: nil, accept: nil, resolve: nil,
            pauses: [], suspendedSince: nil, extensionDays: 0, pendingExtension: nil, closedAt: nil,
            satisfaction: nil, steps: [], lastEventAt: event.at, eventCount: 1
        )
    }

    private static func checkOrderAndState(_ event: CaseEvent, _ projection: CaseProjection) throws(TransitionError) {
        if case .registered = event.kind {
            throw TransitionError(event, "case \(projection.caseID) is already registered (at \(projection.registeredAt))")
        }
        if event.at < projection.lastEventAt {
            throw TransitionError(event, "it happened at \(event.at), before the case's last event at \(projection.lastEventAt); events of a case must arrive in time order, late events are refused")
        }
        if projection.status == .closed, event.kind.type != .reopened {
            throw TransitionError(event, "the case is closed; only 'reopened' may follow")
        }
        if projection.status == .suspended,
           ![.resumed, .extensionGranted, .extensionDenied].contains(event.kind.type) {
            throw TransitionError(event, "the case is suspended since \(projection.suspendedSince.map(\.description) ?? "?"); resume it first")
        }
    }
}
