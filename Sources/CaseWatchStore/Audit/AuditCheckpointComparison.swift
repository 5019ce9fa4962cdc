/// How the audit chain stands against a checkpoint taken of it earlier.
public enum AuditCheckpointComparison: Hashable, Sendable {
    /// The chain links up and holds the checkpoint's entries unchanged; `appended` entries came after them.
    case consistent(entries: Int64, appended: Int64)
    /// The chain itself is broken (``StoreReader/verifyAudit()`` says where), whatever the checkpoint says.
    case broken(seq: Int64, problem: AuditProblem)
    /// The checkpoint was taken of another database (`stored`: this one's identity, nil when it has none).
    case otherDatabase(stored: String?)
    /// The chain has fewer entries than the checkpoint: entries were removed from its end.
    case shorter(entries: Int64)
    /// The chain's entry at the checkpoint's length has another hash: the chain was rewritten up to it.
    case differs(seq: Int64, hash: String)
}
