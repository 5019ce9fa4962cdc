import CaseWatchCore
import GRDB

extension SQLiteStoreReader {
    /// The id of the sign-off an escalation of (case, cycle, tier) requested first, nil when it requested none.
    public func requestedSignoffID(caseID: CaseID, cycle: Int, tier: TierName) throws(StoreError) -> Int64? {
        try storeOperation {
            try Int64.fetchOne(db.cachedStatement(sql: """
                SELECT s.id FROM signoffs s JOIN escalations e ON e.id = s.escalation_id
                WHERE e.case_id = ? AND e.cycle = ? AND e.tier = ? ORDER BY s.id LIMIT 1
                """), arguments: [caseID.rawValue, cycle, tier.rawValue])
        }
    }
}
