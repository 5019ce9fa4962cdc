/// Reads decimals with up to two fraction digits exactly, as hundredths: `2.5` is 250.
enum HundredthsText {
    /// The value of `-?D+(.D{1,2})?` in hundredths; nil when the text is not such a number.
    static func parse(_ text: String) -> Int? {
        var digits = Substring(text)
        let negative = digits.first == "-"
        if negative { digits = digits.dropFirst() }
        let parts = digits.split(separator: ".", omittingEmptySubsequences: false)
        guard (1...2).contains(parts.count), !parts[0].isEmpty, parts[0].count <= 9,
              parts.allSatisfy({ $0.allSatisfy { $0.isASCII && $0.isNumber } }),
              let whole = Int(parts[0])
        else { return nil }
        var fraction = 0
        if parts.count == 2 {
            guard (1...2).contains(parts[1].count), let value = Int(parts[1]) else { return nil }
            fraction = parts[1].count == 1 ? value * 10 : value
        }
        let magnitude = whole * 100 + fraction
        return negative ? -magnitude : magnitude
    }

    /// Reads assessment points such as `5`, `2.5` or `0.25`.
    static func points(_ text: String) throws(ValueProblem) -> Int {
        guard let hundredths = parse(text) else {
            throw ValueProblem("expected points as a number with up to 2 decimals, e.g. 2 or 2.5, got '\(text)'")
        }
        return hundredths
    }

    /// Reads a percentage such as `80%` or `87.5%` as hundredths of a percent (8000, 8750).
    static func percentage(_ text: String) throws(ValueProblem) -> Int {
        guard text.hasSuffix("%"), let hundredths = parse(String(text.dropLast())) else {
            throw ValueProblem("expected a percentage of the deadline with up to 2 decimals, e.g. 80% or 87.5%, got '\(text)'")
        }
        return hundredths
    }
}
