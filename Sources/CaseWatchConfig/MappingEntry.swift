import Yams

/// One `key: value` pair of a YAML mapping whose key is text.
struct MappingEntry {
    /// The key's text.
    let name: String
    /// The key node, where problems about the key itself are reported.
    let key: Node
    /// The value node.
    let value: Node

    /// The pairs of a mapping node, in file order; reports and skips keys that are not text.
    ///
    /// Returns nil (after reporting) when the node is not a mapping. Keys renamed by
    /// ``DuplicateKeyRecovery`` were already reported and are left out.
    static func entries(of node: Node, _ what: String, log: DiagnosticLog) -> [MappingEntry]? {
        guard case let .mapping(mapping) = node else {
            log.error("expected \(what) as a mapping of 'key: value' lines, got \(node.summary)", at: node)
            return nil
        }
        var entries: [MappingEntry] = []
        for (key, value) in mapping {
            guard let name = key.text else {
                log.error("a key must be plain text, got \(key.summary)", at: key)
                continue
            }
            guard !DuplicateKeyRecovery.isRenamed(name) else { continue }
            entries.append(MappingEntry(name: name, key: key, value: value))
        }
        return entries
    }
}
