import CaseWatchCore

/// Reads civil dates written `YYYY-MM-DD`.
enum DateText {
    /// Parses `2024-10-01`; the text is read as written, whatever type YAML would give it.
    static func parse(_ text: String) throws(ValueProblem) -> LocalDate {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, zip(parts, [4, 2, 2]).allSatisfy({ part, width in
            part.count == width && part.allSatisfy { $0.isASCII && $0.isNumber }
        }), let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2])
        else { throw ValueProblem("expected a date written YYYY-MM-DD, e.g. 2024-10-01, got '\(text)'") }
        guard (1...12).contains(month) else {
            throw ValueProblem("'\(text)' is not a date: there is no month \(month); months run 01-12")
        }
        guard let date = LocalDate(year: year, month: month, day: day) else {
            let days = LocalDate.daysIn(month: month, year: year)
            throw ValueProblem("'\(text)' is not a date: \(parts[0])-\(parts[1]) has \(days) days")
        }
        return date
    }
}
