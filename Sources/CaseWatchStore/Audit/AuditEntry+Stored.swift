import CaseWatchCore

extension AuditEntry {
    /// The columns of the `audit` table an entry is read from, in the order ``init(stored:)`` reads them.
    package static let storedColumns = "seq, at, actor, action, detail, prev_hash, hash"

    /// The entry in `row`, whose columns are ``storedColumns``.
    package init(stored row: some StoredRow) throws(StoreError) {
        self.init(
            seq: try row.int(0), at: try row.instant(1), actor: try row.text(2), action: try row.text(3), detail: try row.text(4),
            previousHash: try row.text(5), hash: try row.text(6)
        )
    }

    /// The entry that follows `last` (the chain's last entry's position and hash, nil for an empty chain):
    /// the next position, chained to `last` by its hash, and hashed over every field.
    package static func appended(
        after last: (seq: Int64, hash: String)?, at: Instant, actor: String, action: String, detail: String
    ) -> AuditEntry {
        let seq = (last?.seq ?? 0) + 1
        let previous = last?.hash ?? genesisHash
        let hash = hash(previous: previous, seq: seq, at: at, actor: actor, action: action, detail: detail)
        return AuditEntry(seq: seq, at: at, actor: actor, action: action, detail: detail, previousHash: previous, hash: hash)
    }
}
