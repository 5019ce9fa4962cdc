/// A JSON value the API answers with, written by hand: `JSONSerialization` on Linux sorts keys through ICU
/// collation and bridges every value to Foundation objects, which took a third of a case read's CPU.
///
/// Objects keep their members in the order given; the builders give them sorted by key, so that the same
/// value is always the same bytes.
enum JSONValue: Sendable {
    case string(String)
    case integer(Int64)
    case bool(Bool)
    case null
    case array([JSONValue])
    case object([(String, JSONValue)])

    /// An object of `members`, sorted by key.
    static func sorted(_ members: [String: JSONValue]) -> JSONValue {
        .object(members.sorted { $0.key < $1.key }.map { ($0.key, $0.value) })
    }

    /// A string, or null.
    static func string(_ text: String?) -> JSONValue { text.map { .string($0) } ?? .null }

    /// A whole number.
    static func integer(_ number: Int) -> JSONValue { .integer(Int64(number)) }

    /// The value as compact JSON text.
    var text: String {
        var output = ""
        write(to: &output)
        return output
    }

    private func write(to output: inout String) {
        switch self {
        case let .string(text): Self.write(text, to: &output)
        case let .integer(number): output += String(number)
        case let .bool(flag): output += flag ? "true" : "false"
        case .null: output += "null"
        case let .array(elements):
            output += "["
            for (offset, element) in elements.enumerated() {
                if offset > 0 { output += "," }
                element.write(to: &output)
            }
            output += "]"
        case let .object(members):
            output += "{"
            for (offset, (key, value)) in members.enumerated() {
                if offset > 0 { output += "," }
                Self.write(key, to: &output)
                output += ":"
                value.write(to: &output)
            }
            output += "}"
        }
    }

    /// A JSON string: quotes, backslashes and control characters escaped, everything else as it is.
    private static func write(_ text: String, to output: inout String) {
        output += "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": output += "\\\""
            case "\\": output += "\\\\"
            case "\n": output += "\\n"
            case "\r": output += "\\r"
            case "\t": output += "\\t"
            case _ where scalar.value < 0x20:
                let hex = String(scalar.value, radix: 16)
                output += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: output.unicodeScalars.append(scalar)
            }
        }
        output += "\""
    }
}
