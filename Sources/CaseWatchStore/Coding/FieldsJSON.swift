import Foundation

/// An event's text fields as the log stores them: a JSON object of string to string, keys sorted.
enum FieldsJSON {
    /// The fields as a JSON object with sorted keys, e.g. `{"days":"5","reason":"survey"}`.
    ///
    /// Written by hand: it is on the ingest hot path and its form is fixed (strings only).
    static func encode(_ fields: [String: String]) -> String {
        if fields.isEmpty { return "{}" }
        var json = "{"
        for (index, key) in fields.keys.sorted().enumerated() {
            if index > 0 { json += "," }
            appendString(key, to: &json)
            json += ":"
            appendString(fields[key]!, to: &json)
        }
        json += "}"
        return json
    }

    /// Reads the fields back; nil when the text is not a JSON object of strings.
    static func decode(_ json: String) -> [String: String]? {
        if json == "{}" { return [:] }
        return try? JSONDecoder().decode([String: String].self, from: Data(json.utf8))
    }

    /// Appends `text` as a JSON string literal, escaping quotes, backslashes and control characters.
    static func appendString(_ text: String, to json: inout String) {
        if !text.utf8.contains(where: { $0 < 0x20 || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") }) {
            json += "\""
            json += text
            json += "\""
            return
        }
        json += "\""
        var plainStart = text.unicodeScalars.startIndex
        for index in text.unicodeScalars.indices {
            let scalar = text.unicodeScalars[index]
            guard let escape = escaped(scalar) else { continue }
            json.unicodeScalars.append(contentsOf: text.unicodeScalars[plainStart..<index])
            json += escape
            plainStart = text.unicodeScalars.index(after: index)
        }
        json.unicodeScalars.append(contentsOf: text.unicodeScalars[plainStart...])
        json += "\""
    }

    /// The escape sequence for a scalar JSON does not allow raw in a string, nil for the others.
    private static func escaped(_ scalar: Unicode.Scalar) -> String? {
        switch scalar {
        case "\"": "\\\""
        case "\\": "\\\\"
        case "\n": "\\n"
        case "\r": "\\r"
        case "\t": "\\t"
        case _ where scalar.value < 0x20:
            "\\u00" + (scalar.value < 0x10 ? "0" : "") + String(scalar.value, radix: 16)
        default: nil
        }
    }
}
