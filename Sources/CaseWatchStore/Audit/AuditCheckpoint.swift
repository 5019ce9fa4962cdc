import CaseWatchCore
import Foundation

/// A signed statement of the audit chain's state at one instant: which database, how many entries, the
/// hash of the last one, when, and by which key; the chain must never later be shorter or differ up to it.
///
/// Like Certificate Transparency's signed tree heads and the Go checksum database's notes, it lets anyone
/// holding the public key catch a chain that was cut short or rewritten after the checkpoint was taken.
/// Its text (one `name value` line each, in this order, UTF-8, `\n` after each line):
///
/// ```
/// casewatch-audit-checkpoint v1
/// database 0F8E3C4A-…
/// entries 1042
/// head 9c1d…(64 lowercase hex digits)
/// time 2026-12-05T10:30:00Z
/// key 5be1a0c2d4e6f809
/// signature <base64 of the Ed25519 signature over the six lines above, each with its newline>
/// ```
public struct AuditCheckpoint: Hashable, Sendable {
    /// The first line of every checkpoint.
    public static let header = "casewatch-audit-checkpoint v1"

    /// The database's identity (its `database_id`, a UUID made the first time a checkpoint is taken).
    public let databaseID: String
    /// How many entries the chain had.
    public let entries: Int64
    /// The hash of entry `entries` (``AuditEntry/genesisHash`` for an empty chain).
    public let head: String
    /// When the checkpoint was taken.
    public let time: Instant
    /// The id of the key that signed it (``AuditPublicKey/keyID``).
    public let keyID: String
    /// The Ed25519 signature over ``signedText``.
    public let signature: Data

    /// The meta key under which a database keeps its identity, the ``databaseID`` of its checkpoints.
    static let databaseIDKey = "database_id"

    /// A checkpoint with these fields.
    public init(databaseID: String, entries: Int64, head: String, time: Instant, keyID: String, signature: Data) {
        self.databaseID = databaseID
        self.entries = entries
        self.head = head
        self.time = time
        self.keyID = keyID
        self.signature = signature
    }

    /// The text the signature covers: every line but the signature's.
    public var signedText: String {
        Self.signedText(databaseID: databaseID, entries: entries, head: head, time: time, keyID: keyID)
    }

    /// The text a checkpoint with these fields signs.
    static func signedText(databaseID: String, entries: Int64, head: String, time: Instant, keyID: String) -> String {
        "\(header)\ndatabase \(databaseID)\nentries \(entries)\nhead \(head)\ntime \(time)\nkey \(keyID)\n"
    }

    /// The whole checkpoint as text, ready to write to a file.
    public var text: String {
        signedText + "signature \(signature.base64EncodedString())\n"
    }

    /// Reads a checkpoint's text; throws ``AuditCheckpointError/malformed(line:problem:)`` naming the first
    /// line that is not what ``text`` writes. The signature is not checked here (``AuditPublicKey/verifies(_:)``).
    public static func parse(_ text: String) throws(AuditCheckpointError) -> AuditCheckpoint {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if lines.last == "" { lines.removeLast() }
        let names = ["database", "entries", "head", "time", "key", "signature"]
        guard lines.first == header else {
            throw .malformed(line: 1, problem: "it must read '\(header)'")
        }
        guard lines.count <= names.count + 1 else {
            throw .malformed(line: names.count + 2, problem: "nothing may follow the signature line")
        }
        guard lines.count == names.count + 1 else {
            throw .malformed(line: lines.count + 1, problem: "missing: a checkpoint has the header, then \(names.joined(separator: ", "))")
        }
        var values: [String] = []
        for (index, name) in names.enumerated() {
            let line = lines[index + 1]
            guard line.hasPrefix(name + " "), line.count > name.count + 1 else {
                throw .malformed(line: index + 2, problem: "expected '\(name) <value>'")
            }
            values.append(String(line.dropFirst(name.count + 1)))
        }
        guard let entries = Int64(values[1]), entries >= 0 else {
            throw .malformed(line: 3, problem: "entries must be a whole number, 0 or more")
        }
        guard values[2].count == 64, values[2].allSatisfy({ $0.isHexDigit && !$0.isUppercase }) else {
            throw .malformed(line: 4, problem: "head must be 64 lowercase hexadecimal digits")
        }
        guard let time = try? InstantParser.parseWithOffset(values[3]) else {
            throw .malformed(line: 5, problem: "time must be an ISO 8601 instant such as 2026-12-05T10:30:00Z")
        }
        guard let signature = Data(base64Encoded: values[5]), signature.count == 64 else {
            throw .malformed(line: 7, problem: "signature must be 64 bytes in base64")
        }
        return AuditCheckpoint(databaseID: values[0], entries: entries, head: values[2], time: time, keyID: values[4], signature: signature)
    }
}
