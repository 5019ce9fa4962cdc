/// Text that reaches terminals and logs: which characters an identifier or actor may not hold, and how
/// other text is shown so that it cannot forge a line or move the cursor.
///
/// Forbidden are the control characters (C0 with NUL, newline and escape; DEL; C1), the line and paragraph
/// separators, and the format characters (among them the bidirectional overrides that reorder a line).
public enum PrintableText {
    /// Whether `scalar` may not appear in an identifier or actor, or unescaped on a terminal.
    public static func isForbidden(_ scalar: Unicode.Scalar) -> Bool {
        // ASCII, most text, needs no look-up: its controls are C0 and DEL.
        if scalar.value < 0x80 { return scalar.value < 0x20 || scalar.value == 0x7F }
        return switch scalar.properties.generalCategory {
        case .control, .format, .lineSeparator, .paragraphSeparator, .surrogate: true
        default: false
        }
    }

    /// The first forbidden scalar in `text`, nil when there is none.
    public static func firstForbidden(in text: String) -> Unicode.Scalar? {
        text.unicodeScalars.first(where: isForbidden)
    }

    /// `text` with every forbidden scalar written as an escape (`\n`, `\r`, `\t`, else e.g. `\u{1B}` or `\u{0}`), so that
    /// it stays on one line and shows what it holds.
    public static func escaped(_ text: String) -> String {
        guard firstForbidden(in: text) != nil else { return text }
        var result = ""
        result.unicodeScalars.reserveCapacity(text.unicodeScalars.count + 8)
        for scalar in text.unicodeScalars {
            guard isForbidden(scalar) else {
                result.unicodeScalars.append(scalar)
                continue
            }
            result += Self.escape(scalar)
        }
        return result
    }

    /// How a forbidden scalar is shown, e.g. `\u{0}` for NUL.
    public static func escape(_ scalar: Unicode.Scalar) -> String {
        switch scalar {
        case "\n": #"\n"#
        case "\r": #"\r"#
        case "\t": #"\t"#
        default: #"\u{"# + String(scalar.value, radix: 16, uppercase: true) + "}"
        }
    }
}
