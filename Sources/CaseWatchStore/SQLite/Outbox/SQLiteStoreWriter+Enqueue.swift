import CaseWatchCore
import GRDB

extension SQLiteStoreWriter {
    /// Writes `notice` to the outbox and returns its id.
    ///
    /// Call it inside the transaction that makes the notice true (the escalation, the sign-off request,
    /// passing up or decision, the supervision order): it commits with it or not at all. One prepared
    /// INSERT, bound through the C interface as the ingest's event insert is (``HotStatements``).
    @discardableResult
    public func enqueue(_ notice: Notice) throws(StoreError) -> Int64 {
        try storeOperation {
            try statements.execute(.insertNotice) { NoticeColumns.values(of: notice, into: &$0) }
            return db.lastInsertedRowID
        }
    }
}
