/// Writes RFC 4180 CSV the way Excel and WPS read it: UTF-8 with a byte-order mark, CRLF after every
/// record, fields quoted when they hold a comma, a quote, CR or LF, quotes doubled inside.
struct CSVWriter {
    /// The UTF-8 byte-order mark, which tells Excel and WPS that the file is UTF-8 (not the ANSI code page).
    static let byteOrderMark: [UInt8] = [0xEF, 0xBB, 0xBF]

    /// The bytes so far, starting with the byte-order mark.
    private(set) var bytes: [UInt8] = CSVWriter.byteOrderMark

    /// Appends one record.
    mutating func record(_ fields: [String]) {
        bytes += Array(fields.map(Self.field).joined(separator: ",").utf8)
        bytes += [0x0D, 0x0A]
    }

    /// A field as written: as is, or quoted with inner quotes doubled when it holds `,`, `"`, CR or LF.
    static func field(_ value: String) -> String {
        let needsQuotes = value.unicodeScalars.contains { $0 == "," || $0 == "\"" || $0 == "\r" || $0 == "\n" }
        guard needsQuotes else { return value }
        var quoted = String.UnicodeScalarView()
        quoted.append("\"")
        for scalar in value.unicodeScalars {
            quoted.append(scalar)
            if scalar == "\"" { quoted.append("\"") }
        }
        quoted.append("\"")
        return String(quoted)
    }
}
