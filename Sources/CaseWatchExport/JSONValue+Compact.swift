extension JSONValue {
    /// The JSON text on one line, without spaces or a final newline (an HTTP answer), keys sorted by their
    /// UTF-8 bytes as in ``text``.
    public var compactText: String {
        String(decoding: compactUTF8, as: UTF8.self)
    }

    /// ``compactText`` as UTF-8 bytes, written byte by byte (an HTTP answer's body, without a `String` between).
    public var compactUTF8: [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(1024)
        writeCompact(to: &out)
        return out
    }

    private func writeCompact(to out: inout [UInt8]) {
        switch self {
        case let .object(members):
            out.append(UInt8(ascii: "{"))
            for (index, member) in members.sorted(by: { $0.key.utf8.lexicographicallyPrecedes($1.key.utf8) }).enumerated() {
                if index > 0 { out.append(UInt8(ascii: ",")) }
                Self.quote(member.key, to: &out)
                out.append(UInt8(ascii: ":"))
                member.value.writeCompact(to: &out)
            }
            out.append(UInt8(ascii: "}"))
        case let .array(elements):
            out.append(UInt8(ascii: "["))
            for (index, element) in elements.enumerated() {
                if index > 0 { out.append(UInt8(ascii: ",")) }
                element.writeCompact(to: &out)
            }
            out.append(UInt8(ascii: "]"))
        case let .string(value): Self.quote(value, to: &out)
        case let .number(value): out.append(contentsOf: value.utf8)
        case let .bool(value): out.append(contentsOf: (value ? "true" : "false").utf8)
        case .null: out.append(contentsOf: "null".utf8)
        }
    }

    /// Writes `value` as a JSON string in UTF-8, escaped as ``quote(_:to:)`` escapes it: `"` and `\`, control
    /// characters as `\n`, `\r`, `\t` or `\u00XX`; every other byte (multi-byte characters among them) as it is.
    static func quote(_ value: String, to out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        for byte in value.utf8 {
            switch byte {
            case UInt8(ascii: "\""): out.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "\"")])
            case UInt8(ascii: "\\"): out.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "\\")])
            case UInt8(ascii: "\n"): out.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "n")])
            case UInt8(ascii: "\r"): out.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "r")])
            case UInt8(ascii: "\t"): out.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "t")])
            case ..<0x20:
                let hex = Array("0123456789abcdef".utf8)
                out.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "u"), UInt8(ascii: "0"), UInt8(ascii: "0"), hex[Int(byte >> 4)], hex[Int(byte & 0xF)]])
            default: out.append(byte)
            }
        }
        out.append(UInt8(ascii: "\""))
    }
}
