/// Why an audit checkpoint or one of its key files could not be read or written.
public enum AuditCheckpointError: Error, Hashable, Sendable, CustomStringConvertible {
    /// A checkpoint's text is not what ``AuditCheckpoint/text`` writes; `line` counts from 1.
    case malformed(line: Int, problem: String)
    /// A key file's content is not an Ed25519 key in PEM (`kind`: "private" or "public").
    case notAKey(path: String, kind: String)
    /// A private key file that users other than its owner may read or write (its permission bits).
    case keyFileOpen(path: String, mode: Int)
    /// A file could not be read or written; `detail` says why.
    case file(path: String, detail: String)

    /// What is wrong and how to fix it.
    public var description: String {
        switch self {
        case let .malformed(line, problem):
            "line \(line): \(problem); a checkpoint is the text `casewatch audit checkpoint` wrote, unchanged"
        case let .notAKey(path, kind):
            "\(path): not an Ed25519 \(kind) key in PEM; give the file `casewatch audit keygen` wrote"
        case let .keyFileOpen(path, mode):
            "\(path): the private key is open to other users (mode \(String(mode, radix: 8))); run `chmod 600 \(path)` and try again"
        case let .file(path, detail):
            "\(path): \(detail)"
        }
    }
}
