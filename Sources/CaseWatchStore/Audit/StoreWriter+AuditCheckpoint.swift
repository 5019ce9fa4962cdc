import CaseWatchCore
import Foundation

extension StoreWriter {
    /// A checkpoint of the audit chain as it stands in this transaction, taken at `time` and signed with `key`.
    ///
    /// Gives the database its identity (a random UUID under the meta key `database_id`) the first time.
    public func auditCheckpoint(at time: Instant, signedWith key: AuditSigningKey) throws -> AuditCheckpoint {
        let databaseID: String
        if let stored = try reader.meta(AuditCheckpoint.databaseIDKey) {
            databaseID = stored
        } else {
            databaseID = UUID().uuidString
            try setMeta(AuditCheckpoint.databaseIDKey, databaseID)
        }
        let (entries, head) = try reader.auditHead()
        return try key.sign(databaseID: databaseID, entries: entries, head: head, time: time)
    }
}
