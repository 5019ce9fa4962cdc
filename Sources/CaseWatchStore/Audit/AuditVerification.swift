/// What walking the audit chain found.
public enum AuditVerification: Hashable, Sendable {
    /// Every entry is intact and chained to the one before; `head` is the last entry's hash (note it down
    /// elsewhere: only a known head reveals entries removed from the end of the chain).
    case intact(entries: Int, head: String)
    /// The first entry found wrong, and how.
    case broken(seq: Int64, problem: AuditProblem)
}

/// How an audit entry is wrong.
public enum AuditProblem: Hashable, Sendable, CustomStringConvertible {
    /// Its fields no longer give its hash: it was altered.
    case altered
    /// It does not carry the hash of the entry before it: an entry before it was removed, inserted or
    /// altered together with its hash, or entries were reordered.
    case brokenLink
    /// Its position is not the one after the entry before it: entries were removed or reordered.
    case gap(expected: Int64)

    /// The problem in words.
    public var description: String {
        switch self {
        case .altered:
            "was altered: its fields no longer give its hash"
        case .brokenLink:
            "does not follow the entry before it (its previous hash differs): an entry was removed, inserted or rewritten before it, or entries were reordered"
        case let .gap(expected):
            "stands where entry \(expected) should: an entry was removed or entries were reordered"
        }
    }
}
