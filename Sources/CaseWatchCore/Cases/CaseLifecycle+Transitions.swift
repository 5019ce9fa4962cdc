extension CaseLifecycle {
    /// The statuses in which a unit holds the case with its clocks running.
    static let working: Set<CaseStatus> = [.dispatched, .accepted]

    /// Changes the projection as one event says, or refuses the event.
    static func transition(_ p: inout CaseProjection, by event: CaseEvent, policy: Policy) throws(TransitionError) {
        let at = event.at
        switch event.kind {
        case .registered:
            preconditionFailure("registration is handled before transitions")
        case let .dispatched(unit, resolveBy):
            guard p.status == .registered || p.status == .returned else {
                throw TransitionError(event, "the case is already \(p.status) with \(p.unit?.description ?? "no unit"); use 'transferred' to move it to another unit")
            }
            startCycle(&p, unit: unit, at: at, resolveBy: resolveBy)
        case .accepted:
            try require(p, in: [.dispatched], event)
            p.accept?.metAt = at
            p.status = .accepted
        case .replied:
            try require(p, in: working, event)
            if p.accept?.metAt == nil { p.accept?.metAt = at }  // a reply without acceptance accepts at once
            p.resolve?.metAt = at
            p.status = .replied
        case let .closed(satisfaction):
            guard p.status == .replied || (p.status == .registered && p.cycle == 0) else {
                throw TransitionError(event, "the case is \(p.status); it can be closed once the unit has replied (or, never dispatched, right after registration)")
            }
            p.closedAt = at
            p.satisfaction = satisfaction
            p.status = .closed
        case .reopened:
            try require(p, in: [.replied, .closed], event)
            p.reopens += 1
            p.closedAt = nil
            p.satisfaction = nil
            if let unit = p.unit {
                startCycle(&p, unit: unit, at: at, resolveBy: nil)
            } else {
                p.status = .registered
            }
        case .suspended:
            try require(p, in: working, event)
            p.statusBeforeSuspension = p.status
            p.suspendedSince = at
            p.status = .suspended
        case .resumed:
            guard p.status == .suspended, let since = p.suspendedSince else {
                throw TransitionError(event, "the case is not suspended")
            }
            if at > since { p.pauses.append(TimeSpan(start: since, end: at)) }
            p.status = p.statusBeforeSuspension ?? .dispatched
            p.statusBeforeSuspension = nil
            p.suspendedSince = nil
        case let .transferred(to, _):
            try require(p, in: working, event)
            guard to != p.unit else { throw TransitionError(event, "the case is already with \(to)") }
            p.transfers += 1
            startCycle(&p, unit: to, at: at, resolveBy: nil)
        case .returned:
            try require(p, in: working, event)
            p.returns += 1
            p.unit = nil
            p.cycleStart = nil
            p.pendingExtension = nil
            p.status = .returned
        case let .extensionRequested(days, _):
            try requestExtension(&p, days: days, event: event, policy: policy)
        case let .extensionGranted(days):
            guard let pending = p.pendingExtension else { throw TransitionError(event, "no extension request is pending") }
            guard days <= pending.days else {
                throw TransitionError(event, "grants \(days) working days but \(pending.days) were requested; grant at most the days requested")
            }
            p.extensionDays += days
            p.pendingExtension = nil
        case .extensionDenied:
            guard p.pendingExtension != nil else { throw TransitionError(event, "no extension request is pending") }
            p.pendingExtension = nil
        }
    }

    /// Starts a new resolution cycle with fresh clocks at `unit`.
    static func startCycle(_ p: inout CaseProjection, unit: UnitID, at: Instant, resolveBy: Instant?) {
        p.unit = unit
        p.cycle += 1
        p.cycleStart = at
        p.explicitResolveBy = resolveBy
        p.accept = nil
        p.resolve = nil
        p.pauses = []
        p.extensionDays = 0
        p.pendingExtension = nil
        p.status = .dispatched
    }

    static func require(_ p: CaseProjection, in statuses: Set<CaseStatus>, _ event: CaseEvent) throws(TransitionError) {
        guard !statuses.contains(p.status) else { return }
        let expected = statuses.map(\.rawValue).sorted().joined(separator: " or ")
        let hint: String
        switch p.status {
        case .registered: hint = "it has not been dispatched yet"
        case .returned: hint = "it was returned; dispatch it again first"
        case .accepted: hint = "it is already accepted"
        case .replied: hint = "the unit has already replied"
        default: hint = "it is \(p.status)"
        }
        throw TransitionError(event, "a '\(event.kind.type)' event needs the case \(expected), but \(hint)")
    }

    static func requestExtension(
        _ p: inout CaseProjection, days: Int, event: CaseEvent, policy: Policy
    ) throws(TransitionError) {
        try require(p, in: working, event)
        if let pending = p.pendingExtension {
            throw TransitionError(event, "an extension request from \(pending.requestedAt) is still pending; decide it first")
        }
        if let resolve = p.resolve, event.at > resolve.effectiveDue {
            throw TransitionError(event, "the resolve deadline passed at \(resolve.effectiveDue); an extension must be requested before it")
        }
        let maximum = policy.extensions.maximum
        if maximum.kind == .workingDays, Int64(p.extensionDays + days) > maximum.amount {
            throw TransitionError(event, "asks for \(days) working days; with \(p.extensionDays) already granted that exceeds the policy's maximum of \(maximum)")
        }
        p.pendingExtension = PendingExtension(days: days, requestedAt: event.at)
    }
}
