import CaseWatchCore
import Crypto

/// One entry of the audit chain: who did what, when, chained to the entry before by its hash.
public struct AuditEntry: Hashable, Sendable {
    /// The entry's position in the chain, from 1, without gaps.
    public let seq: Int64
    /// When it happened.
    public let at: Instant
    /// Who did it: a leader's id, `casewatchd`, or the operating-system user of a command.
    public let actor: String
    /// What was done, e.g. `signoff.approve`, `token.issue`, `ingest.batch`, `policy.reload`.
    public let action: String
    /// The particulars, as text (a small JSON object).
    public let detail: String
    /// The hash of the entry before (``genesisHash`` for the first).
    public let previousHash: String
    /// This entry's hash: SHA-256 over `previousHash` and every field above.
    public let hash: String

    /// The previous hash of the first entry: 64 zeros.
    public static let genesisHash = String(repeating: "0", count: 64)

    /// The hash an entry with these fields must carry: SHA-256, in lowercase hex, over each field
    /// length-prefixed (`<bytes>:<text>`), so that no two different entries hash the same text.
    public static func hash(previous: String, seq: Int64, at: Instant, actor: String, action: String, detail: String) -> String {
        var text = ""
        for field in [previous, String(seq), String(at.secondsSinceEpoch), actor, action, detail] {
            text += "\(field.utf8.count):\(field)"
        }
        return SHA256.hash(data: Array(text.utf8)).lowercaseHex
    }

    /// Whether the entry's hash matches its fields.
    public var isIntact: Bool {
        hash == Self.hash(previous: previousHash, seq: seq, at: at, actor: actor, action: action, detail: detail)
    }
}
