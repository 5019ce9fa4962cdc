import CaseWatchCore
import GRDB

extension StoreReader {
    /// The tiers already escalated for a case in a resolution cycle.
    public func firedTiers(of caseID: CaseID, cycle: Int) throws(StoreError) -> Set<TierName> {
        try storeOperation {
            let statement = try db.cachedStatement(sql: "SELECT tier FROM escalations WHERE case_id = ? AND cycle = ?")
            let names = try String.fetchAll(statement, arguments: [caseID.rawValue, cycle])
            return Set(try names.map { name in
                guard let tier = TierName(rawValue: name) else {
                    throw StoreError.corrupt("case '\(caseID)' cycle \(cycle): escalation tier '\(name)' is unknown")
                }
                return tier
            })
        }
    }
}
