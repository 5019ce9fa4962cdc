/// Reads identifiers of units and leaders: ASCII parts of letters, digits, `-` and `_`, joined by dots.
enum IdentifierText {
    /// Parses an identifier such as `cc.nanguan.ziqiang` or `l-nanguan-01`; `what` names it in messages.
    static func parse(_ text: String, _ what: String, example: String) throws(ValueProblem) -> String {
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        let valid = parts.allSatisfy { part in
            !part.isEmpty && part.unicodeScalars.allSatisfy { scalar in
                scalar.isASCII && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || scalar == "-" || scalar == "_")
            }
        }
        guard valid else {
            throw ValueProblem(
                "\(what) '\(text)' is not an identifier; use ASCII letters, digits, '-' and '_' in dot-separated parts, e.g. \(example)"
            )
        }
        return text
    }
}
