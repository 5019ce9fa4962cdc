import Yams

/// A YAML mapping read against the keys its schema allows; unknown keys are reported with a suggestion.
struct Fields {
    /// The mapping node, where missing keys are reported.
    let node: Node
    /// What the mapping is, for messages: `the calendar`, `urgency 'normal'`.
    let what: String
    private let entries: [String: MappingEntry]
    private let log: DiagnosticLog

    /// Reads `node` as a mapping with the `allowed` keys; nil (after reporting) when it is not a mapping.
    init?(_ node: Node, _ what: String, allowed: [String], log: DiagnosticLog) {
        guard let pairs = MappingEntry.entries(of: node, what, log: log) else { return nil }
        var entries: [String: MappingEntry] = [:]
        for entry in pairs {
            guard allowed.contains(entry.name) else {
                log.error(Self.unknownKey(entry.name, allowed: allowed), at: entry.key)
                continue
            }
            entries[entry.name] = entry
        }
        self.node = node
        self.what = what
        self.entries = entries
        self.log = log
    }

    /// The value of a key, if present.
    subscript(key: String) -> Node? { entries[key]?.value }

    /// The key node of a key, if present.
    func keyNode(_ key: String) -> Node? { entries[key]?.key }

    /// The value of a key that must be present; reports it missing with an example otherwise.
    func required(_ key: String, example: String) -> Node? {
        if let value = self[key] { return value }
        log.error("\(what) has no '\(key)'; add it, e.g. '\(example)'", at: node)
        return nil
    }

    /// `unknown key 'resovle'; did you mean 'resolve'?`, or the list of allowed keys.
    static func unknownKey(_ name: String, allowed: [String]) -> String {
        if let suggestion = closestMatch(to: name, among: allowed) {
            return "unknown key '\(name)'; did you mean '\(suggestion)'?"
        }
        return "unknown key '\(name)'; allowed here: \(allowed.joined(separator: ", "))"
    }
}
