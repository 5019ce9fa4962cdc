import Foundation

/// The record text kept beside a problem (and written to a `--rejects` file) carries no personal data.
extension PersonalData {
    /// What a record that may hold personal data is replaced by when it cannot be redacted field by field.
    public static let withheld = "[withheld: the record may hold personal data]"

    /// A JSON line with the values of its personal fields replaced by `[dropped]`; a line that is not a JSON
    /// object but names a personal field is withheld whole.
    static func redactedJSONLine(_ raw: String) -> String {
        guard let object = try? JSONSerialization.jsonObject(with: Data(raw.utf8)) as? [String: Any] else {
            let names = droppedFields.contains { raw.lowercased().contains("\"\($0)\"") }
            return names ? withheld : raw
        }
        guard object.keys.contains(where: isPersonal) else { return raw }
        var redacted = object
        for key in object.keys where isPersonal(key) { redacted[key] = "[dropped]" }
        guard let data = try? JSONSerialization.data(withJSONObject: redacted, options: [.sortedKeys, .withoutEscapingSlashes]) else {
            return withheld
        }
        return String(decoding: data, as: UTF8.self)
    }

    /// A CSV row as text with the cells of personal columns replaced by `[dropped]`; a row whose cells do not
    /// line up with the header is withheld whole when the header has a personal column.
    static func redactedCSVRow(_ row: CSVTable.Row, header: [String]) -> String {
        redactedCSVRow(row, header: header, personal: personalColumns(of: header))
    }

    /// The positions of the personal columns of a CSV header.
    static func personalColumns(of header: [String]) -> Set<Int> {
        Set(header.indices.filter { isPersonal(header[$0]) })
    }

    /// ``redactedCSVRow(_:header:)`` with the header's personal columns found once for the whole table.
    static func redactedCSVRow(_ row: CSVTable.Row, header: [String], personal: Set<Int>) -> String {
        guard !personal.isEmpty else { return row.raw }
        guard row.fields.count == header.count else { return withheld }
        return row.fields.enumerated().map { index, cell in
            if personal.contains(index) { return "[dropped]" }
            let quoted = cell.contains { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }
            return quoted ? "\"" + cell.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : cell
        }.joined(separator: ",")
    }
}
