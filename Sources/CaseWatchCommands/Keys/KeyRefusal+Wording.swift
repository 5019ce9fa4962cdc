import CaseWatchCore
import CaseWatchEngine

/// What `casewatch keys create` and `revoke` say when the key desk refuses: what is wrong and what to do.
extension KeyRefusal {
    /// The sentence shown after `refused: `.
    var wording: String {
        switch self {
        case let .invalidName(name):
            "key name '\(PrintableText.escaped(name))': use 1 to 64 letters, digits, '.', '_' or '-', starting with a letter (e.g. crm-ingest)"
        case .noScope:
            "give the key at least one --scope: ingest, read or signoff"
        case let .nameTaken(name, id):
            "a key named \(name) is in force (cwk_\(id)); choose another name, or `casewatch keys revoke \(name)` first"
        case let .noSuchKey(reference):
            "no key in force is named '\(PrintableText.escaped(reference))' and no key has that id; `casewatch keys list --all` shows them"
        case let .alreadyRevoked(key):
            "key \(key.name) (\(key.prefix)) was already revoked; `casewatch keys list --all` shows when and by whom"
        }
    }
}
