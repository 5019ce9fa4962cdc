import Yams

extension Node {
    /// Whether the node is YAML null: an empty value, or an unquoted `~` or `null`.
    var isNull: Bool {
        guard case let .scalar(scalar) = self, scalar.style == .plain || scalar.style == .any else { return false }
        return ["", "~", "null", "Null", "NULL"].contains(scalar.string)
    }

    /// What the node holds, for "expected …, got …" messages: `a mapping`, `a list`, `nothing`, `'text'`.
    var summary: String {
        switch self {
        case .mapping: return "a mapping"
        case .sequence: return "a list"
        case .alias: return "an alias"
        case let .scalar(scalar):
            if isNull { return "nothing" }
            let text = scalar.string.count > 40 ? scalar.string.prefix(37) + "..." : Substring(scalar.string)
            return "'\(text)'"
        }
    }

    /// The text of a scalar node; nil for mappings, lists and null.
    var text: String? {
        guard case let .scalar(scalar) = self, !isNull else { return nil }
        return scalar.string
    }
}
