import CaseWatchCore
import GRDB

extension SQLiteStoreReader {
    /// Up to `limit` sign-offs with one of `statuses` (nil: any) and an id above `afterID`, in id order: a
    /// page of the list the HTTP API serves (read through the primary key).
    public func signoffPage(statuses: Set<SignoffStatus>?, afterID: Int64, limit: Int) throws(StoreError) -> [Signoff] {
        var arguments: StatementArguments = [afterID]
        var filter = ""
        if let statuses {
            filter = "AND s.status IN (\(Array(repeating: "?", count: statuses.count).joined(separator: ",")))"
            for status in statuses.map(\.rawValue).sorted() { arguments += [status] }
        }
        arguments += [limit]
        return try storeOperation {
            try Row.fetchAll(db, sql: """
                \(SignoffColumns.select) WHERE s.id > ? \(filter) ORDER BY s.id LIMIT ?
                """, arguments: arguments).map { row throws in try SignoffColumns.signoff(row) }
        }
    }
}
