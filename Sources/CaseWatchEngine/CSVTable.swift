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
        var records: [Row] = []
        var fields: [String] = []
        var field = ""
        var quoted = false
        var fieldStartLine = 1
        var line = 1
        var rowStartLine = 1
        var raw = ""
        var characters = Substring(text)
        if characters.first == "\u{FEFF}" { characters = characters.dropFirst() }
        var iterator = characters.makeIterator()
        var pending: Character? = nil
        func endRecord() {
            fields.append(field)
            field = ""
            if !(fields.count == 1 && fields[0].isEmpty) {
                records.append(Row(line: rowStartLine, fields: fields, raw: raw))
            }
            fields = []
            raw = ""
        }
        while let c = pending ?? iterator.next() {
            pending = nil
            if quoted {
                if c == "\"" {
                    let next = iterator.next()
                    if next == "\"" {
                        field.append("\"")
                        raw.append("\"\"")
                        continue
                    }
                    quoted = false
                    raw.append(c)
                    pending = next
                    continue
                }
                if c == "\n" || c == "\r\n" { line += 1 }
                field.append(c)
                raw.append(c)
                continue
            }
            switch c {
            case "\"" where field.isEmpty:
                quoted = true
                fieldStartLine = line
                raw.append(c)
            case ",":
                fields.append(field)
                field = ""
                raw.append(c)
            case "\n", "\r\n", "\r":
                endRecord()
                line += 1
                rowStartLine = line
            default:
                field.append(c)
                raw.append(c)
            }
        }
        if quoted { throw Problem(line: fieldStartLine, message: "a quoted field is never closed; close it with \"") }
        if !field.isEmpty || !fields.isEmpty { endRecord() }
        guard let first = records.first else { throw Problem(line: 1, message: "the file has no header row") }
        self.header = first.fields.map { $0.trimmingCharacters(in: Set(" \t")) }
        self.rows = Array(records.dropFirst())
    }
}

extension String {
    /// The string without the given characters at either end.
    func trimmingCharacters(in set: Set<Character>) -> String {
        guard let start = firstIndex(where: { !set.contains($0) }), let end = lastIndex(where: { !set.contains($0) }) else { return "" }
        return String(self[start...end])
    }
}
