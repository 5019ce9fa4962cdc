import CaseWatchCore
import GRDB

extension StoreWriter {
    /// Records an escalation, its assessment ledger entry and, for a sign-off tier, the pending sign-off
    /// due at `signoffDue`: all or nothing.
    ///
    /// Returns false, writing nothing, when (case, cycle, tier) is already recorded: a tier never fires twice.
    public func recordEscalation(_ escalation: Escalation, signoffDue: Instant?) throws(StoreError) -> Bool {
        try atomically { () throws(StoreError) -> Bool in
            let inserted = try storeOperation { () -> Bool in
                try db.cachedStatement(sql: """
                    INSERT INTO escalations (case_id, cycle, tier, unit_id, due_at, detected_at, points_hundredths)
                    VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (case_id, cycle, tier) DO NOTHING
                    """).execute(arguments: [
                        escalation.caseID.rawValue, escalation.cycle, escalation.tier.rawValue, escalation.unit.rawValue,
                        escalation.dueAt.secondsSinceEpoch, escalation.detectedAt.secondsSinceEpoch, escalation.points.hundredths,
                    ])
                return db.changesCount == 1
            }
            guard inserted else { return false }
            let id = db.lastInsertedRowID
            try storeOperation {
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
            }
            return true
        }
    }
}
