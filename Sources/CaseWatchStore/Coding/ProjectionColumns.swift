import CaseWatchCore

/// A projection as a `projections` row, for both backends: the queryable columns derived from the
/// projection and its next step, the upsert that writes them, and the next step read back.
///
/// `state` holds the whole projection (``ProjectionJSON``); the other columns serve queries. It is the last
/// column, bound by each backend as suits it (SQLite takes the JSON's UTF-8 bytes as they are).
package enum ProjectionColumns {
    /// The columns an upsert writes: the key first, those of ``values(of:nextStep:into:)`` in its order,
    /// then `state`.
    package static let names = [
        "case_id", "status", "unit_id", "cycle", "accept_due", "resolve_due", "resolve_due_effective", "provisional",
        "suspended_since", "next_tier", "next_deadline", "next_due", "next_provisional", "last_event_at", "event_count",
        "policy_version", "closed_at", "satisfaction", "reopens",
        "accept_due_original", "accept_extended_due", "accept_met_at", "accept_provisional", "accept_explicit",
        "resolve_extended_due", "resolve_met_at", "resolve_provisional", "resolve_explicit", "state",
    ]

    /// The next step's columns, in the order ``nextStep(_:from:of:)`` reads them.
    package static let nextStepSelection = "next_tier, next_deadline, next_due, next_provisional"

    /// The upsert of one row whose values (every column of ``names``, in order) come from `source`: a
    /// `VALUES (…)` or a `SELECT … WHERE …` that may select no row. A stored row is replaced whole.
    package static func upsert(from source: String) -> String {
        """
        INSERT INTO projections (\(names.joined(separator: ", ")))
        \(source)
        ON CONFLICT (case_id) DO UPDATE SET \(names.dropFirst().map { "\($0) = excluded.\($0)" }.joined(separator: ", "))
        """
    }

    /// Gives the upsert's values for `projection` and its next step, one per column of ``names`` but the
    /// last (`state`), in order.
    ///
    /// `accept_due` is the accept deadline in force; `resolve_due` the resolve deadline as first computed
    /// and `resolve_due_effective` the one in force after extensions; `provisional` is 1 when either
    /// deadline rests on a year the calendar does not cover. The columns after `event_count` are what
    /// assessment reads (``AssessedColumns``; schema v5).
    package static func values(of projection: CaseProjection, nextStep: PendingStep?, into parameters: inout some StoredParameters) {
        parameters.text(projection.caseID.rawValue)
        parameters.text(projection.status.rawValue)
        parameters.text(projection.unit?.rawValue)
        parameters.integer(Int64(projection.cycle))
        parameters.integer(projection.accept?.effectiveDue.secondsSinceEpoch)
        parameters.integer(projection.resolve?.due.secondsSinceEpoch)
        parameters.integer(projection.resolve?.effectiveDue.secondsSinceEpoch)
        parameters.integer(flag(projection.accept?.provisional == true || projection.resolve?.provisional == true))
        parameters.integer(projection.suspendedSince?.secondsSinceEpoch)
        parameters.text(nextStep?.tier.rawValue)
        parameters.text(nextStep?.deadline.rawValue)
        parameters.integer(nextStep?.due.secondsSinceEpoch)
        parameters.integer(flag(nextStep?.provisional))
        parameters.integer(projection.lastEventAt.secondsSinceEpoch)
        parameters.integer(Int64(projection.eventCount))
        parameters.text(projection.policyVersion)
        parameters.integer(projection.closedAt?.secondsSinceEpoch)
        parameters.text(projection.satisfaction?.rawValue)
        parameters.integer(Int64(projection.reopens))
        parameters.integer(projection.accept?.due.secondsSinceEpoch)
        details(of: projection.accept, into: &parameters)
        details(of: projection.resolve, into: &parameters)
    }

    /// Gives a deadline's extended due instant, met instant, provisional and explicit flags (all NULL when
    /// there is no such deadline).
    private static func details(of state: DeadlineState?, into parameters: inout some StoredParameters) {
        parameters.integer(state?.extendedDue?.secondsSinceEpoch)
        parameters.integer(state?.metAt?.secondsSinceEpoch)
        parameters.integer(flag(state?.provisional))
        parameters.integer(flag(state?.explicit))
    }

    /// A flag as both schemas store it: 1 or 0, NULL for nil.
    private static func flag(_ value: Bool?) -> Int64? {
        value.map { $0 ? 1 : 0 }
    }

    /// The projection in the columns `case_id, state` of `row` from `index` on.
    package static func projection(_ row: some StoredRow, from index: Int) throws(StoreError) -> CaseProjection {
        try ProjectionJSON.decode(try row.text(index + 1), of: try row.text(index))
    }

    /// The projection and the next step stored with it, in a row of `case_id, state` and the columns of
    /// ``nextStepSelection``.
    package static func projectionAndNextStep(_ row: some StoredRow) throws(StoreError) -> (projection: CaseProjection, next: PendingStep?) {
        (try projection(row, from: 0), try nextStep(row, from: 2, of: CaseID(try row.text(0))))
    }

    /// The next step in the four columns of `row` from `index` on (``nextStepSelection``), nil when none is
    /// stored.
    package static func nextStep(_ row: some StoredRow, from index: Int, of caseID: CaseID) throws(StoreError) -> PendingStep? {
        guard let tierName = try row.optionalText(index) else { return nil }
        let deadlineName = try row.text(index + 1)
        guard let tier = TierName(rawValue: tierName), let deadline = DeadlineKind(rawValue: deadlineName) else {
            throw .corrupt("case '\(caseID)': its next step '\(tierName)' on '\(deadlineName)' is unknown")
        }
        return PendingStep(tier: tier, deadline: deadline, due: try row.instant(index + 2), provisional: try row.int(index + 3) != 0)
    }
}
