import CaseWatchCore
import GRDB

extension SQLiteStoreWriter {
    /// Records escalations as ``recordEscalation(_:signoffDue:)`` does, all or nothing, and returns how
    /// many were new (the others were already recorded and are left alone).
    @discardableResult
    public func recordEscalations(_ escalations: [(Escalation, signoffDue: Instant?)]) throws(StoreError) -> Int {
        try atomically { () throws(StoreError) -> Int in
            var recorded = 0
            for (escalation, signoffDue) in escalations where try insert(escalation, signoffDue: signoffDue) {
                recorded += 1
            }
            return recorded
        }
    }

    /// Inserts one escalation with its ledger entry (a deduction: negative points) and sign-off; false
    /// when it was already recorded.
    private func insert(_ escalation: Escalation, signoffDue: Instant?) throws(StoreError) -> Bool {
        try storeOperation { () -> Bool in
            try db.cachedStatement(sql: """
                INSERT INTO escalations (case_id, cycle, tier, unit_id, due_at, detected_at, points_hundredths)
                VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (case_id, cycle, tier) DO NOTHING
                """).execute(arguments: [
                    escalation.caseID.rawValue, escalation.cycle, escalation.tier.rawValue, escalation.unit.rawValue,
                    escalation.dueAt.secondsSinceEpoch, escalation.detectedAt.secondsSinceEpoch, escalation.points.hundredths,
                ])
            guard db.changesCount == 1 else { return false }
            let id = db.lastInsertedRowID
            if escalation.points.hundredths != 0 {
                try db.cachedStatement(sql: """
                    INSERT INTO ledger (unit_id, case_id, escalation_id, kind, points_hundredths, at)
                    VALUES (?, ?, ?, 'escalation', ?, ?)
                    """).execute(arguments: [
                        escalation.unit.rawValue, escalation.caseID.rawValue, id, -escalation.points.hundredths,
                        escalation.detectedAt.secondsSinceEpoch,
                    ])
            }
            if let level = escalation.signoffLevel {
                try db.cachedStatement(sql: """
                    INSERT INTO signoffs (escalation_id, level, status, due_at) VALUES (?, ?, 'pending', ?)
                    """).execute(arguments: [id, level, (signoffDue ?? escalation.detectedAt).secondsSinceEpoch])
            }
            return true
        }
    }
}
