/// A CSV table read as RFC 4180 says: a header row, comma-separated fields, fields in double quotes may
/// hold commas, quotes (doubled) and line breaks. A UTF-8 byte-order mark is skipped.
public struct CSVTable: Sendable {
    /// One data row with the line it starts on.
    public struct Row: Sendable {
        /// The 1-based line the row starts on.
        public let line: Int
        /// The fields, in header order.
        public let fields: [String]
        /// The row as written.
        public let raw: String
    }

    /// The column names of the header row, trimmed.
    public let header: [String]
    /// The data rows.
    public let rows: [Row]

    /// Why a text is not a CSV table.
    public struct Problem: Error, Sendable {
        /// The 1-based line.
        public let line: Int
        /// What is wrong.
        public let message: String
    }

    /// Parses `text`; a quote left open is a problem at the line where its field starts.
    public init(_ text: String) throws(Problem) {
        var parser = CSVByteParser(Array(text.utf8))
        let records = try parser.records()
        guard let first = records.first else { throw Problem(line: 1, message: "the file has no header row") }
        self.header = first.fields.map { $0.trimmingCharacters(in: Set(" \t")) }
        self.rows = Array(records.dropFirst())
    }
}

/// The RFC 4180 state machine over UTF-8 bytes (all the syntax is ASCII, so bytes are safe to split on).
private struct CSVByteParser {
    let bytes: [UInt8]
    var index = 0
    var line = 1

    init(_ bytes: [UInt8]) {
        self.bytes = bytes
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { index = 3 }
    }

    static let quote = UInt8(ascii: "\""), comma = UInt8(ascii: ","), newline = UInt8(ascii: "\n"), carriage = UInt8(ascii: "\r")

    mutating func records() throws(CSVTable.Problem) -> [CSVTable.Row] {
        var rows: [CSVTable.Row] = []
        while index < bytes.count {
            let startLine = line, startIndex = index
            var fields: [String] = []
            var ended = false
            while !ended {
                let (field, terminator) = try nextField()
                fields.append(field)
                ended = terminator != Self.comma
            }
            let raw = String(decoding: bytes[startIndex..<min(index, bytes.count)], as: UTF8.self)
                .trimmingCharacters(in: Set("\r\n"))
            if !(fields.count == 1 && fields[0].isEmpty) {
                rows.append(CSVTable.Row(line: startLine, fields: fields, raw: raw))
            }
        }
        return rows
    }

    /// Reads one field and the byte that ended it (comma, newline, or 0 at the end of the text).
    mutating func nextField() throws(CSVTable.Problem) -> (String, UInt8) {
        if index < bytes.count, bytes[index] == Self.quote {
            let openedOn = line
            index += 1
            var value: [UInt8] = []
            while true {
                guard index < bytes.count else {
                    throw CSVTable.Problem(line: openedOn, message: "a quoted field is never closed; close it with \"")
                }
                let byte = bytes[index]
                index += 1
                if byte == Self.quote {
                    if index < bytes.count, bytes[index] == Self.quote {
                        value.append(Self.quote)
                        index += 1
                        continue
                    }
                    break
                }
                if byte == Self.newline { line += 1 }
                value.append(byte)
            }
            // Anything between the closing quote and the separator is kept, as lenient readers do.
            let (rest, terminator) = unquotedRun()
            return (String(decoding: value, as: UTF8.self) + rest, terminator)
        }
        return unquotedRun()
    }

    /// Reads up to the next comma or line end, which it consumes.
    mutating func unquotedRun() -> (String, UInt8) {
        let start = index
        while index < bytes.count, bytes[index] != Self.comma, bytes[index] != Self.newline, bytes[index] != Self.carriage {
            index += 1
        }
        let value = String(decoding: bytes[start..<index], as: UTF8.self)
        guard index < bytes.count else { return (value, 0) }
        let terminator = bytes[index]
        index += 1
        if terminator == Self.carriage, index < bytes.count, bytes[index] == Self.newline { index += 1 }
        if terminator != Self.comma { line += 1 }
        return (value, terminator == Self.comma ? Self.comma : Self.newline)
    }
}

extension String {
    /// The string without the given characters at either end.
    func trimmingCharacters(in set: Set<Character>) -> String {
        guard let start = firstIndex(where: { !set.contains($0) }), let end = lastIndex(where: { !set.contains($0) }) else { return "" }
        return String(self[start...end])
    }
}
