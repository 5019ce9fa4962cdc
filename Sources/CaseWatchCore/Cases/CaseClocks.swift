/// Derives a case's deadlines and pending ladder steps from its cycle, pauses and policy.
enum CaseClocks {
    /// Brings the deadlines and steps up to date after an event of `type`.
    ///
    /// Only events that start a cycle or change its pauses or extensions move a due instant; the others
    /// at most end a deadline's steps, so the clocks are not walked again for them.
    static func update(_ p: inout CaseProjection, after type: CaseEventType, policy: Policy, calendar: WorkCalendar) {
        switch type {
        case .accepted:
            p.steps.removeAll { $0.deadline == .accept }
        case .replied, .closed, .suspended:
            p.steps = []
        case .extensionRequested, .extensionDenied:
            break
        case .registered, .dispatched, .transferred, .returned, .reopened, .resumed, .extensionGranted:
            recompute(&p, policy: policy, calendar: calendar)
        }
    }

    /// Recomputes the accept and resolve deadlines of the current cycle and the steps still to come.
    ///
    /// The accept clock and the resolve clock both start when the cycle starts (dispatch, transfer,
    /// re-dispatch or reopen). An explicit `resolve_by` replaces the policy's resolve target with a wall-clock
    /// budget up to that instant. Granted extensions add working days to the resolve due instant. Pauses
    /// apply to every clock. While the case is suspended no step can fall due; once the unit has accepted
    /// (replied), tiers on the accept (resolve) deadline are done.
    static func recompute(_ p: inout CaseProjection, policy: Policy, calendar: WorkCalendar) {
        guard let start = p.cycleStart, p.unit != nil,
              let targets = try? policy.targets(category: CaseCategory(p.category), urgency: p.urgency)
        else {
            p.steps = []
            return
        }
        let pauses = PauseSet(p.pauses)
        let accept = policy.explicitDeadlinesOnly
            ? nil : calendar.deadline(from: start, adding: targets[.accept]!.duration, pauses: pauses)
        let resolve: Deadline?
        if let resolveBy = p.explicitResolveBy {
            resolve = explicitDeadline(from: start, to: resolveBy, calendar: calendar, pauses: pauses)
        } else if policy.explicitDeadlinesOnly {
            resolve = nil
        } else {
            resolve = calendar.deadline(from: start, adding: targets[.resolve]!.duration, pauses: pauses)
        }
        let effective = resolve.map { extended($0, byWorkingDays: p.extensionDays, calendar: calendar, pauses: pauses) }
        p.accept = accept.map {
            DeadlineState(due: $0.due, provisional: $0.provisional, explicit: false, metAt: p.accept?.metAt)
        }
        if let resolve, let effective {
            p.resolve = DeadlineState(
                due: resolve.due, extendedDue: p.extensionDays > 0 ? effective.due : nil,
                provisional: effective.provisional, explicit: p.explicitResolveBy != nil, metAt: p.resolve?.metAt
            )
        } else {
            p.resolve = nil
        }
        guard p.status == .dispatched || p.status == .accepted else {
            p.steps = []
            return
        }
        var open: [DeadlineKind: Deadline] = [:]
        if p.accept?.metAt == nil { open[.accept] = accept }
        if p.resolve?.metAt == nil { open[.resolve] = effective }
        var steps = CaseSchedule.tiers(of: policy.ladder, deadlines: open, calendar: calendar, pauses: pauses)
            .map { PendingStep(tier: $0.tier.name, deadline: $0.tier.deadline, due: $0.due, provisional: $0.provisional) }
        if p.reopens >= EscalationRules.repeatThreshold || p.transfers >= EscalationRules.repeatThreshold,
           let leadership = policy.ladder.first(where: { $0.name == .leadership }) {
            // Three reopens or three transfers go straight to leadership when the cycle starts.
            steps.removeAll { $0.tier == .leadership }
            steps.append(PendingStep(tier: .leadership, deadline: leadership.deadline, due: start, provisional: false))
        }
        p.steps = steps.enumerated()
            .sorted { ($0.element.due, $0.offset) < ($1.element.due, $1.offset) }
            .map(\.element)
    }

    /// An explicit resolve deadline as a wall-clock budget from the cycle's start; one at or before the
    /// start is due at once.
    static func explicitDeadline(from start: Instant, to resolveBy: Instant, calendar: WorkCalendar, pauses: PauseSet) -> Deadline {
        guard let budget = ClockDuration.calendar(seconds: resolveBy.seconds(since: start)) else {
            return Deadline(due: start, clockStart: start, budget: 0, countsWallTime: true, provisional: false)
        }
        return calendar.deadline(from: start, adding: budget, pauses: pauses)
    }

    /// The deadline moved later by granted working days, keeping its clock start so that percentage tiers
    /// are shares of the longer budget.
    static func extended(_ deadline: Deadline, byWorkingDays days: Int, calendar: WorkCalendar, pauses: PauseSet) -> Deadline {
        guard let extra = ClockDuration.workingDays(days) else { return deadline }
        let later = calendar.deadline(from: deadline.due, adding: extra, pauses: pauses)
        let added = deadline.countsWallTime
            ? calendar.wallTime(from: deadline.due, to: later.due, pauses: pauses)
            : calendar.workingTime(from: deadline.due, to: later.due, pauses: pauses)
        return Deadline(
            due: later.due, clockStart: deadline.clockStart, budget: deadline.budget + added,
            countsWallTime: deadline.countsWallTime, provisional: deadline.provisional || later.provisional
        )
    }
}
