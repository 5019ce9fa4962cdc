import CaseWatchCore

/// The queryable columns of a projection row, derived from the projection and its next step.
enum ProjectionRow {
    /// The upsert of one row; `state` holds the whole projection, the other columns serve queries.
    static let upsertSQL = """
        INSERT INTO projections (
            case_id, status, unit_id, cycle, accept_due, resolve_due, resolve_due_effective, provisional,
            suspended_since, next_tier, next_deadline, next_due, next_provisional, last_event_at, event_count, state
        ) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
        ON CONFLICT (case_id) DO UPDATE SET
            status = excluded.status, unit_id = excluded.unit_id, cycle = excluded.cycle,
            accept_due = excluded.accept_due, resolve_due = excluded.resolve_due,
            resolve_due_effective = excluded.resolve_due_effective, provisional = excluded.provisional,
            suspended_since = excluded.suspended_since, next_tier = excluded.next_tier,
            next_deadline = excluded.next_deadline, next_due = excluded.next_due,
            next_provisional = excluded.next_provisional, last_event_at = excluded.last_event_at,
            event_count = excluded.event_count, state = excluded.state
        """

    /// Binds the parameters of ``upsertSQL``.
    ///
    /// `accept_due` is the accept deadline in force; `resolve_due` the resolve deadline as first computed
    /// and `resolve_due_effective` the one in force after extensions; `provisional` is 1 when either
    /// deadline rests on a year the calendar does not cover.
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
    }
}
