/// A JSON value written deterministically: object keys sorted by their UTF-8 bytes, two-space
/// indentation, numbers given as exact decimal text (never through floating point), non-ASCII text as
/// UTF-8, a newline at the end.
public enum JSONValue: Sendable {
    /// An object; its keys are sorted when written.
    case object([String: JSONValue])
    /// An array, in order.
    case array([JSONValue])
    /// A string.
    case string(String)
    /// A number, as its exact JSON text (`12`, `66.67`).
    case number(String)
    /// `true` or `false`.
    case bool(Bool)
    /// `null`.
    case null

    /// An integer.
    public static func int<I: BinaryInteger>(_ value: I) -> JSONValue { .number(String(value)) }

    /// A string, or null.
    public static func string(_ value: String?) -> JSONValue { value.map { .string($0) } ?? .null }

    /// The JSON text, ending in a newline.
    public var text: String {
        var out = ""
        write(to: &out, indent: "")
        return out + "\n"
    }

    /// Writes the value at an indentation.
    private func write(to out: inout String, indent: String) {
        let inner = indent + "  "
        switch self {
        case let .object(members):
            guard !members.isEmpty else { out += "{}"; return }
            out += "{\n"
            let keys = members.keys.sorted { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) }
            for (index, key) in keys.enumerated() {
                out += inner
                Self.quote(key, to: &out)
                out += ": "
                members[key]!.write(to: &out, indent: inner)
                out += index == keys.count - 1 ? "\n" : ",\n"
            }
            out += indent + "}"
        case let .array(elements):
            guard !elements.isEmpty else { out += "[]"; return }
            out += "[\n"
            for (index, element) in elements.enumerated() {
                out += inner
                element.write(to: &out, indent: inner)
                out += index == elements.count - 1 ? "\n" : ",\n"
            }
            out += indent + "]"
        case let .string(value): Self.quote(value, to: &out)
        case let .number(value): out += value
        case let .bool(value): out += value ? "true" : "false"
        case .null: out += "null"
        }
    }

    /// Writes `value` as a JSON string: `"` and `\` escaped, control characters as `\n`, `\t`… or `\u00XX`.
    static func quote(_ value: String, to out: inout String) {
        out += "\""
        for scalar in value.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case _ where scalar.value < 0x20:
                let hex = String(scalar.value, radix: 16)
                out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: out.unicodeScalars.append(scalar)
            }
        }
        out += "\""
    }
}
