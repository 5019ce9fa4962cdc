extension AuditVerification {
    /// Walks the chain whose entries `nextEntry` gives one at a time, in position order (nil after the
    /// last), and names the first entry that was altered, removed, inserted or moved.
    ///
    /// Each backend feeds its rows here, so that both judge a chain by the same rule: an entry must stand
    /// at the position after the one before, give its own hash, and carry the hash of the one before.
    package static func walking(_ nextEntry: () throws(StoreError) -> AuditEntry?) throws(StoreError) -> AuditVerification {
        var previous = AuditEntry.genesisHash
        var expected: Int64 = 1
        while let entry = try nextEntry() {
            if entry.seq != expected { return .broken(seq: entry.seq, problem: .gap(expected: expected)) }
            if !entry.isIntact { return .broken(seq: entry.seq, problem: .altered) }
            if entry.previousHash != previous { return .broken(seq: entry.seq, problem: .brokenLink) }
            previous = entry.hash
            expected += 1
        }
        return .intact(entries: Int(expected - 1), head: previous)
    }
}
