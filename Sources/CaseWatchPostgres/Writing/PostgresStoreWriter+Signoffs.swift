import CaseWatchCore
import CaseWatchStore

extension PostgresStoreWriter: SignoffWriting {
    /// Records a leader's decision (`approved`, `rejected` or `returned`) on a pending sign-off; returns
    /// false, writing nothing, when it is no longer pending (another leader decided it first: writes are
    /// serialized, so the status the UPDATE tests is the latest committed).
    func decideSignoff(
        _ id: Int64, as status: SignoffStatus, by leader: String, at: Instant, instruction: String?, reason: String?,
        orderCaseID: CaseID?) throws(StoreError) -> Bool {
        precondition(status.isLeaderDecision, "a leader approves, rejects or returns")
        return try session.execute("""
            UPDATE signoffs SET status = $1, decided_by = $2, decided_at = $3, instruction = $4, reason = $5, order_case_id = $6,
                returned_at = CASE WHEN $1 = 'returned' THEN $3 END
            WHERE id = $7 AND status = 'pending'
            """, [status.rawValue, leader, at.secondsSinceEpoch, instruction, reason, orderCaseID?.rawValue, id]) == 1
    }

    /// Puts a returned sign-off back before leaders: pending again, its due instant moved on by the time it
    /// spent returned (its clock was paused). False when it is not returned.
    func resubmitSignoff(_ id: Int64, at: Instant) throws(StoreError) -> Bool {
        try session.execute("""
            UPDATE signoffs SET status = 'pending', due_at = due_at + ($1 - returned_at),
                paused_seconds = paused_seconds + ($1 - returned_at), returned_at = NULL, decided_by = NULL, decided_at = NULL
            WHERE id = $2 AND status = 'returned' AND returned_at <= $1
            """, [at.secondsSinceEpoch, id]) == 1
    }

    /// Passes an expired pending sign-off to `level`, as a new pending sign-off due at `due`, and writes a
    /// `signoff_escalated` line (no points) to the charged unit's ledger so that its record shows it.
    /// Returns the new sign-off's id, nil (writing nothing) when it is no longer pending. All or nothing (a
    /// savepoint: the new sign-off or the ledger line may be refused after the old one was updated).
    func escalateSignoff(_ signoff: Signoff, to level: String, due: Instant, at: Instant) throws(StoreError) -> Int64? {
        try atomically { () throws(StoreError) -> Int64? in
            guard try session.execute("UPDATE signoffs SET status = 'escalated' WHERE id = $1 AND status = 'pending'", [signoff.id]) == 1 else {
                return nil
            }
            guard let next = try session.row("""
                INSERT INTO signoffs (escalation_id, level, status, due_at) VALUES ($1, $2, 'pending', $3) RETURNING id
                """, [signoff.escalationID, level, due.secondsSinceEpoch])?.int(0) else {
                throw .postgres("the INSERT of a sign-off returned no id")
            }
            try session.execute("UPDATE signoffs SET escalated_to = $1 WHERE id = $2", [next, signoff.id])
            try session.execute("""
                INSERT INTO ledger (unit_id, case_id, escalation_id, kind, points_hundredths, at)
                VALUES ($1, $2, $3, 'signoff_escalated', 0, $4)
                """, [signoff.unit.rawValue, signoff.caseID.rawValue, signoff.escalationID, at.secondsSinceEpoch])
            return next
        }
    }

    /// Reverses the assessment points an escalation deducted, by appending a `reversal` line for each of
    /// its deductions not yet reversed (nothing is deleted), in the order they were written. Returns the
    /// points given back. One statement, so all or nothing without a savepoint.
    @discardableResult
    func reverseEscalationPoints(_ escalationID: Int64, at: Instant) throws(StoreError) -> AssessmentPoints {
        let reversed = try session.rows("""
            INSERT INTO ledger (unit_id, case_id, escalation_id, kind, points_hundredths, at, reverses_id)
            SELECT l.unit_id, l.case_id, l.escalation_id, 'reversal', -l.points_hundredths, $2, l.id FROM ledger l
            WHERE l.escalation_id = $1 AND l.kind = 'escalation'
              AND NOT EXISTS (SELECT 1 FROM ledger r WHERE r.reverses_id = l.id)
            ORDER BY l.id
            RETURNING points_hundredths
            """, [escalationID, at.secondsSinceEpoch])
        var total: Int64 = 0
        for line in reversed { total += try line.int(0) }
        return AssessmentPoints(hundredths: Int(total))
    }
}
