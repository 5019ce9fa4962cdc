import Foundation

/// An event's text fields as the log stores them (and an audit entry's detail): a JSON object of string to
/// string, keys sorted by their UTF-8 bytes.
public enum FieldsJSON {
    /// The fields as a JSON object with sorted keys, e.g. `{"days":"5","reason":"survey"}`.
    public static func encode(_ fields: [String: String]) -> String {
        if fields.isEmpty { return "{}" }
        var json = JSONWriter(capacity: 64)
        json.beginObject()
        for key in fields.keys.sorted(by: { $0.utf8.lexicographicallyPrecedes($1.utf8) }) {
            json.member(text: key, fields[key]!)
        }
        json.endObject()
        return json.finish()
    }

    /// Reads the fields back; nil when the text is not a JSON object of strings.
    static func decode(_ json: String) -> [String: String]? {
        if json == "{}" { return [:] }
        return try? JSONDecoder().decode([String: String].self, from: Data(json.utf8))
    }
}
