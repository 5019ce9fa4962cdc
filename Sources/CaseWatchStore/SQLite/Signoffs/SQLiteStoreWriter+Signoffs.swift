import CaseWatchCore
import GRDB

extension SQLiteStoreWriter {
    /// Records a leader's decision (`approved`, `rejected` or `returned`) on a pending sign-off; returns
    /// false, writing nothing, when it is no longer pending (another leader decided it first).
    public func decideSignoff(
        _ id: Int64, as status: SignoffStatus, by leader: String, at: Instant, instruction: String?, reason: String?,
        orderCaseID: CaseID?) throws(StoreError) -> Bool {
        precondition(status.isLeaderDecision, "a leader approves, rejects or returns")
        return try storeOperation {
            try db.execute(sql: """
                UPDATE signoffs SET status = ?, decided_by = ?, decided_at = ?, instruction = ?, reason = ?, order_case_id = ?,
                    returned_at = CASE WHEN ? = 'returned' THEN ? END
                WHERE id = ? AND status = 'pending'
                """, arguments: [
                    status.rawValue, leader, at.secondsSinceEpoch, instruction, reason, orderCaseID?.rawValue,
                    status.rawValue, at.secondsSinceEpoch, id,
                ])
            return db.changesCount == 1
        }
    }

    /// Puts a returned sign-off back before leaders: pending again, its due instant moved on by the time it
    /// spent returned (its clock was paused). False when it is not returned.
    public func resubmitSignoff(_ id: Int64, at: Instant) throws(StoreError) -> Bool {
        try storeOperation {
            try db.execute(sql: """
                UPDATE signoffs SET status = 'pending', due_at = due_at + (? - returned_at),
                    paused_seconds = paused_seconds + (? - returned_at), returned_at = NULL, decided_by = NULL, decided_at = NULL
                WHERE id = ? AND status = 'returned' AND returned_at <= ?
                """, arguments: [at.secondsSinceEpoch, at.secondsSinceEpoch, id, at.secondsSinceEpoch])
            return db.changesCount == 1
        }
    }

    /// Passes an expired pending sign-off to `level`, as a new pending sign-off due at `due`, and writes a
    /// `signoff_escalated` line (no points) to the charged unit's ledger so that its record shows it.
    /// Returns the new sign-off's id, nil (writing nothing) when it is no longer pending.
    public func escalateSignoff(_ signoff: Signoff, to level: String, due: Instant, at: Instant) throws(StoreError) -> Int64? {
        try atomically { () throws(StoreError) -> Int64? in
            try storeOperation { () -> Int64? in
                try db.execute(sql: "UPDATE signoffs SET status = 'escalated' WHERE id = ? AND status = 'pending'", arguments: [signoff.id])
                guard db.changesCount == 1 else { return nil }
                try db.execute(sql: "INSERT INTO signoffs (escalation_id, level, status, due_at) VALUES (?, ?, 'pending', ?)",
                               arguments: [signoff.escalationID, level, due.secondsSinceEpoch])
                let next = db.lastInsertedRowID
                try db.execute(sql: "UPDATE signoffs SET escalated_to = ? WHERE id = ?", arguments: [next, signoff.id])
                try db.execute(sql: """
                    INSERT INTO ledger (unit_id, case_id, escalation_id, kind, points_hundredths, at)
                    VALUES (?, ?, ?, 'signoff_escalated', 0, ?)
                    """, arguments: [signoff.unit.rawValue, signoff.caseID.rawValue, signoff.escalationID, at.secondsSinceEpoch])
                return next
            }
        }
    }

    /// Reverses the assessment points an escalation deducted, by appending a `reversal` line for each of
    /// its deductions not yet reversed (nothing is deleted). Returns the points given back.
    @discardableResult
    public func reverseEscalationPoints(_ escalationID: Int64, at: Instant) throws(StoreError) -> AssessmentPoints {
        try storeOperation {
            let lines = try Row.fetchAll(db, sql: """
                SELECT l.id, l.unit_id, l.case_id, l.points_hundredths FROM ledger l
                WHERE l.escalation_id = ? AND l.kind = 'escalation'
                  AND NOT EXISTS (SELECT 1 FROM ledger r WHERE r.reverses_id = l.id)
                """, arguments: [escalationID])
            var total: Int64 = 0
            for line in lines {
                let points: Int64 = line[3]
                try db.execute(sql: """
                    INSERT INTO ledger (unit_id, case_id, escalation_id, kind, points_hundredths, at, reverses_id)
                    VALUES (?, ?, ?, 'reversal', ?, ?, ?)
                    """, arguments: [line[1] as String, line[2] as String?, escalationID, -points, at.secondsSinceEpoch, line[0] as Int64])
                total -= points
            }
            return AssessmentPoints(hundredths: Int(total))
        }
    }
}
