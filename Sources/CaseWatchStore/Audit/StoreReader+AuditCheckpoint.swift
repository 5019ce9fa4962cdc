import CaseWatchCore
import GRDB

extension StoreReader {
    /// The meta key under which the database keeps its identity.
    static let databaseIDKey = "database_id"

    /// How many entries the audit chain has and the hash of the last (``AuditEntry/genesisHash`` when none).
    public func auditHead() throws(StoreError) -> (entries: Int64, head: String) {
        try storeOperation {
            let row = try Row.fetchOne(db, sql: "SELECT seq, hash FROM audit ORDER BY seq DESC LIMIT 1")
            return (row?[0] ?? 0, row?[1] ?? AuditEntry.genesisHash)
        }
    }

    /// How the audit chain stands against `checkpoint` (whose signature the caller has checked): broken in
    /// itself, of another database, shorter than it, different up to it, or consistent with it.
    ///
    /// The chain is walked whole first; once every entry links to the one before, entry `n` carrying the
    /// checkpoint's head proves entries 1 through `n` are the ones the checkpoint saw.
    public func compareAudit(with checkpoint: AuditCheckpoint) throws(StoreError) -> AuditCheckpointComparison {
        let stored = try meta(Self.databaseIDKey)
        guard stored == checkpoint.databaseID else { return .otherDatabase(stored: stored) }
        let entries: Int64
        switch try verifyAudit() {
        case let .broken(seq, problem): return .broken(seq: seq, problem: problem)
        case let .intact(count, _): entries = Int64(count)
        }
        guard entries >= checkpoint.entries else { return .shorter(entries: entries) }
        let hash: String? = checkpoint.entries == 0
            ? AuditEntry.genesisHash
            : try storeOperation { try String.fetchOne(db, sql: "SELECT hash FROM audit WHERE seq = ?", arguments: [checkpoint.entries]) }
        guard let hash, hash == checkpoint.head else { return .differs(seq: checkpoint.entries, hash: hash ?? "") }
        return .consistent(entries: entries, appended: entries - checkpoint.entries)
    }
}
