import CaseWatchCore

/// The queryable columns of a projection row, derived from the projection and its next step.
enum ProjectionRow {
    /// The upsert of one row; `state` holds the whole projection, the other columns serve queries.
    static let upsertSQL = """
        INSERT INTO projections (
            case_id, status, unit_id, cycle, accept_due, resolve_due, resolve_due_effective, provisional,
            suspended_since, next_tier, next_deadline, next_due, next_provisional, last_event_at, event_count, state,
            policy_version, closed_at, satisfaction, reopens,
            accept_due_original, accept_extended_due, accept_met_at, accept_provisional, accept_explicit,
            resolve_extended_due, resolve_met_at, resolve_provisional, resolve_explicit
        ) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
        ON CONFLICT (case_id) DO UPDATE SET
            status = excluded.status, unit_id = excluded.unit_id, cycle = excluded.cycle,
            accept_due = excluded.accept_due, resolve_due = excluded.resolve_due,
            resolve_due_effective = excluded.resolve_due_effective, provisional = excluded.provisional,
            suspended_since = excluded.suspended_since, next_tier = excluded.next_tier,
            next_deadline = excluded.next_deadline, next_due = excluded.next_due,
            next_provisional = excluded.next_provisional, last_event_at = excluded.last_event_at,
            event_count = excluded.event_count, state = excluded.state,
            policy_version = excluded.policy_version, closed_at = excluded.closed_at,
            satisfaction = excluded.satisfaction, reopens = excluded.reopens,
            accept_due_original = excluded.accept_due_original, accept_extended_due = excluded.accept_extended_due,
            accept_met_at = excluded.accept_met_at, accept_provisional = excluded.accept_provisional,
            accept_explicit = excluded.accept_explicit, resolve_extended_due = excluded.resolve_extended_due,
            resolve_met_at = excluded.resolve_met_at, resolve_provisional = excluded.resolve_provisional,
            resolve_explicit = excluded.resolve_explicit
        """

    /// Binds the parameters of ``upsertSQL``.
    ///
    /// `accept_due` is the accept deadline in force; `resolve_due` the resolve deadline as first computed
    /// and `resolve_due_effective` the one in force after extensions; `provisional` is 1 when either
    /// deadline rests on a year the calendar does not cover. The columns after `state` are what
    /// assessment reads (``AssessedColumns``; schema v5).
    static func bind(
        _ projection: CaseProjection, nextStep: PendingStep?, state: [UInt8], to binder: inout ParameterBinder
    ) {
        binder.text(projection.caseID.rawValue)
        binder.text(projection.status.rawValue)
        binder.text(projection.unit?.rawValue)
        binder.integer(projection.cycle)
        binder.integer(projection.accept?.effectiveDue.secondsSinceEpoch)
        binder.integer(projection.resolve?.due.secondsSinceEpoch)
        binder.integer(projection.resolve?.effectiveDue.secondsSinceEpoch)
        binder.bool(projection.accept?.provisional == true || projection.resolve?.provisional == true)
        binder.integer(projection.suspendedSince?.secondsSinceEpoch)
        binder.text(nextStep?.tier.rawValue)
        binder.text(nextStep?.deadline.rawValue)
        binder.integer(nextStep?.due.secondsSinceEpoch)
        binder.bool(nextStep?.provisional)
        binder.integer(projection.lastEventAt.secondsSinceEpoch)
        binder.integer(projection.eventCount)
        binder.text(utf8: state)
        binder.text(projection.policyVersion)
        binder.integer(projection.closedAt?.secondsSinceEpoch)
        binder.text(projection.satisfaction?.rawValue)
        binder.integer(projection.reopens)
        binder.integer(projection.accept?.due.secondsSinceEpoch)
        bindDetails(of: projection.accept, to: &binder)
        bindDetails(of: projection.resolve, to: &binder)
    }

    /// Binds a deadline's extended due instant, met instant, provisional and explicit flags (all NULL
    /// when there is no such deadline).
    private static func bindDetails(of state: DeadlineState?, to binder: inout ParameterBinder) {
        binder.integer(state?.extendedDue?.secondsSinceEpoch)
        binder.integer(state?.metAt?.secondsSinceEpoch)
        binder.bool(state?.provisional)
        binder.bool(state?.explicit)
    }
}
