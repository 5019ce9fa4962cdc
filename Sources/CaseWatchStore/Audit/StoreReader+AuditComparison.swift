import CaseWatchCore

extension StoreReader {
    /// How the audit chain stands against `checkpoint` (whose signature the caller has checked): broken in
    /// itself, of another database, shorter than it, different up to it, or consistent with it.
    ///
    /// The chain is walked whole first; once every entry links to the one before, entry `n` carrying the
    /// checkpoint's head proves entries 1 through `n` are the ones the checkpoint saw.
    public func compareAudit(with checkpoint: AuditCheckpoint) throws(StoreError) -> AuditCheckpointComparison {
        let stored = try meta(AuditCheckpoint.databaseIDKey)
        guard stored == checkpoint.databaseID else { return .otherDatabase(stored: stored) }
        let entries: Int64
        switch try verifyAudit() {
        case let .broken(seq, problem): return .broken(seq: seq, problem: problem)
        case let .intact(count, _): entries = Int64(count)
        }
        guard entries >= checkpoint.entries else { return .shorter(entries: entries) }
        let hash = checkpoint.entries == 0 ? AuditEntry.genesisHash : try auditHash(at: checkpoint.entries)
        guard let hash, hash == checkpoint.head else { return .differs(seq: checkpoint.entries, hash: hash ?? "") }
        return .consistent(entries: entries, appended: entries - checkpoint.entries)
    }
}
