import CaseWatchCore
import GRDB

extension SQLiteStoreReader {
    /// The earliest next attempt of a delivery still waiting (pending or failed), nil when none waits: one
    /// seek in the `deliveries_due` index.
    public func earliestDeliveryAttempt() throws(StoreError) -> Instant? {
        try storeOperation {
            try Int64.fetchOne(db.cachedStatement(sql: """
                SELECT next_attempt_at FROM deliveries WHERE status IN ('pending', 'failed') ORDER BY next_attempt_at LIMIT 1
                """)).map { Instant(secondsSinceEpoch: $0) }
        }
    }
}
