import Yams

/// Finds every repeated key in a YAML text, so that each one is reported and the rest of the file is
/// still checked.
///
/// Yams stops composing at the first mapping with a repeated key and only gives the position of the
/// key's first occurrence. This finds the repeat after it (same column in a block mapping, same level in
/// a flow mapping), reports it there, and renames it in the text to a private-use name of the same
/// length, so that composing again goes further and every other position stays the same. Renamed keys
/// are skipped when the mapping is read (``isRenamed(_:)``).
struct DuplicateKeyRecovery {
    /// The text, one array of Unicode scalars per line (libyaml counts columns in scalars).
    private(set) var lines: [[Unicode.Scalar]]
    private var renamed = 0

    init(text: String) {
        lines = text.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false).map(Array.init)
    }

    /// The text with the repeats renamed so far.
    var text: String {
        lines.map { line in
            var string = ""
            string.unicodeScalars.append(contentsOf: line)
            return string
        }.joined(separator: "\n")
    }

    /// The first private-use scalar; renamed keys start with a scalar from this block.
    private static let marker: UInt32 = 0xE000

    /// Whether a key was renamed by the recovery (its first scalar is in the private-use block it uses).
    static func isRenamed(_ key: String) -> Bool {
        guard let first = key.unicodeScalars.first else { return false }
        return (marker..<(marker + 0x1000)).contains(first.value)
    }

    /// Reports the repeat of `key`, whose first occurrence is at `first`, and renames it in the text.
    ///
    /// Returns false when the repeat cannot be found or renamed (the caller then stops reading the file).
    mutating func recover(key: String, first: Mark, log: DiagnosticLog) -> Bool {
        let line = first.line - 1, column = first.column - 1
        guard lines.indices.contains(line), renamed < 0x1000,
              let token = Self.token(in: lines[line], at: column, key: key)
        else { return false }
        let prefix = lines[line][..<column]
        let isBlock = prefix.allSatisfy { $0 == " " || $0 == "-" || $0 == "?" }
        let repetition = isBlock
            ? blockRepeat(of: token, line: line, column: column)
            : flowRepeat(of: token, line: line, column: column + token.count)
        guard let (repeatLine, repeatColumn) = repetition else { return false }
        log.error(
            "duplicate key '\(key)': it was already set on line \(first.line), column \(first.column); keep one of them",
            at: SourcePosition(file: log.file, line: repeatLine + 1, column: repeatColumn + 1)
        )
        var replacement = [Unicode.Scalar(Self.marker + UInt32(renamed))!]
        replacement += Array(repeating: Unicode.Scalar(Self.marker)!, count: token.count - 1)
        lines[repeatLine].replaceSubrange(repeatColumn..<(repeatColumn + token.count), with: replacement)
        renamed += 1
        return true
    }

    /// The key as written at a position: plain, or quoted with its quotes.
    private static func token(in line: [Unicode.Scalar], at column: Int, key: String) -> [Unicode.Scalar]? {
        guard line.indices.contains(column) else { return nil }
        let quote = line[column]
        if quote == "\"" || quote == "'" {
            guard let end = line[(column + 1)...].firstIndex(of: quote) else { return nil }
            return Array(line[column...end])
        }
        let plain = Array(key.unicodeScalars)
        guard !plain.isEmpty, line[column...].starts(with: plain) else { return nil }
        return plain
    }

    /// Whether `token` followed by optional spaces and `:` starts at a position.
    private func isKey(_ token: [Unicode.Scalar], line: Int, column: Int) -> Bool {
        let text = lines[line]
        guard column + token.count <= text.count, text[column...].starts(with: token) else { return false }
        let rest = text[(column + token.count)...].drop { $0 == " " || $0 == "\t" }
        return rest.first == ":"
    }

    /// The next key of the same block mapping (same column, nothing but indentation before it) that repeats `token`.
    private func blockRepeat(of token: [Unicode.Scalar], line: Int, column: Int) -> (Int, Int)? {
        for next in (line + 1)..<lines.count {
            let text = lines[next]
            guard let indent = text.firstIndex(where: { $0 != " " }), text[indent] != "#" else { continue }
            if indent < column { return nil }
            if indent == column, isKey(token, line: next, column: column) { return (next, column) }
        }
        return nil
    }

    /// The next key of the same flow mapping (same bracket depth) that repeats `token`.
    private func flowRepeat(of token: [Unicode.Scalar], line: Int, column: Int) -> (Int, Int)? {
        var depth = 0
        var quote: Unicode.Scalar?
        var (row, col) = (line, column)
        var previous: Unicode.Scalar = " "
        while row < lines.count {
            while col < lines[row].count {
                let c = lines[row][col]
                if let open = quote {
                    if c == open { quote = nil }
                } else if depth == 0, [" ", ",", "{"].contains(previous), isKey(token, line: row, column: col) {
                    return (row, col)
                } else if c == "\"" || c == "'" {
                    quote = c
                } else if c == "{" || c == "[" {
                    depth += 1
                } else if c == "}" || c == "]" {
                    depth -= 1
                    if depth < 0 { return nil }
                } else if c == "#", previous == " " {
                    break
                }
                previous = c
                col += 1
            }
            row += 1
            col = 0
            previous = " "
        }
        return nil
    }
}
