import CaseWatchCore
import GRDB

extension SQLiteStoreWriter {
    /// Records escalations as ``recordEscalation(_:signoffDue:)`` does, all or nothing, and returns how
    /// many were new (the others were already recorded and are left alone).
    @discardableResult
    public func recordEscalations(_ escalations: [(Escalation, signoffDue: Instant?)]) throws(StoreError) -> Int {
        try atomically { () throws(StoreError) -> Int in
            var recorded = 0
            for (escalation, signoffDue) in escalations where try insert(EscalationRecord(escalation, signoffDue: signoffDue)) {
                recorded += 1
            }
            return recorded
        }
    }

    /// Inserts one escalation with its ledger entry and sign-off; false when it was already recorded.
    private func insert(_ record: EscalationRecord) throws(StoreError) -> Bool {
        let escalation = record.escalation
        return try storeOperation { () -> Bool in
            var values = StatementArguments()
            EscalationColumns.values(of: escalation, into: &values)
            try db.cachedStatement(sql: """
                INSERT INTO escalations (\(EscalationColumns.list))
                VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (case_id, cycle, tier) DO NOTHING
                """).execute(arguments: values)
            guard db.changesCount == 1 else { return false }
            let id = db.lastInsertedRowID
            if let points = record.ledgerPoints {
                try db.cachedStatement(sql: """
                    INSERT INTO ledger (unit_id, case_id, escalation_id, kind, points_hundredths, at)
                    VALUES (?, ?, ?, 'escalation', ?, ?)
                    """).execute(arguments: [
                        escalation.unit.rawValue, escalation.caseID.rawValue, id, points, escalation.detectedAt.secondsSinceEpoch,
                    ])
            }
            if let signoff = record.signoff {
                try db.cachedStatement(sql: """
                    INSERT INTO signoffs (escalation_id, level, status, due_at) VALUES (?, ?, 'pending', ?)
                    """).execute(arguments: [id, signoff.level, signoff.due.secondsSinceEpoch])
            }
            return true
        }
    }
}
