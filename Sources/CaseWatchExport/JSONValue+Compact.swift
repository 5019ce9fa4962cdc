extension JSONValue {
    /// The JSON text on one line, without spaces or a final newline (an HTTP answer), keys sorted by their
    /// UTF-8 bytes as in ``text``.
    public var compactText: String {
        var out = ""
        writeCompact(to: &out)
        return out
    }

    private func writeCompact(to out: inout String) {
        switch self {
        case let .object(members):
            out += "{"
            for (index, key) in members.keys.sorted(by: { $0.utf8.lexicographicallyPrecedes($1.utf8) }).enumerated() {
                if index > 0 { out += "," }
                Self.quote(key, to: &out)
                out += ":"
                members[key]!.writeCompact(to: &out)
            }
            out += "}"
        case let .array(elements):
            out += "["
            for (index, element) in elements.enumerated() {
                if index > 0 { out += "," }
                element.writeCompact(to: &out)
            }
            out += "]"
        case let .string(value): Self.quote(value, to: &out)
        case let .number(value): out += value
        case let .bool(value): out += value ? "true" : "false"
        case .null: out += "null"
        }
    }
}
