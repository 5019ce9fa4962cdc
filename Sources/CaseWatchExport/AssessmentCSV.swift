import CaseWatchCore

/// The assessment as CSV for Excel and WPS.
///
/// Layout (a fixed shape, so that a program can skip to the table): six two-field records stating the
/// period, the as-of instant, the level, the policy versions, the event-log range and the checksum; one
/// empty record; then the table: a header row, one row per unit in rank order and the city total last.
/// Rates are written as `66.67%` (Excel reads them as percentages), a rate without cases as an empty
/// field, a unit with too few cases as `small sample` / `样本不足` in the rank column.
public enum AssessmentCSV {
    /// The number of records before the table's header row (the facts and the empty record).
    public static let preambleRecords = 7

    /// The CSV bytes of `report`, headers and labels in `language`.
    public static func render(_ report: AssessmentReport, language: AssessmentExport.Language) -> [UInt8] {
        var writer = CSVWriter()
        for fact in ReportFacts(report).lines(language) {
            writer.record([fact.label, spreadsheetSafe(fact.value)])
        }
        writer.record([])
        let columns = AssessmentColumn.all
        writer.record(columns.map { $0.header(language) })
        for line in AssessmentLine.all(report, language: language) {
            writer.record(line.cells(columns).map { spreadsheetSafe($0 ?? "") })
        }
        return writer.bytes
    }

    /// The cell, with a leading `'` when Excel or WPS would otherwise run it as a formula (OWASP's CSV
    /// injection advice: it starts with `=`, `+`, `-`, `@`, a tab or a carriage return): a unit named
    /// `=HYPERLINK(…)` or `-2+3+cmd|…` stays text. A cell that is a plain number (`-5.00`, `-12`, `-3.5%`)
    /// is left alone, so that negative deductions stay numbers a spreadsheet can sum.
    static func spreadsheetSafe(_ cell: String) -> String {
        guard let first = cell.unicodeScalars.first else { return cell }
        switch first {
        case "=", "+", "@", "\t", "\r":
            return "'" + cell
        case "-":
            return isPlainNumber(cell) ? cell : "'" + cell
        default:
            return cell
        }
    }

    /// Whether `cell` is `-`, digits, at most one `.` followed by digits, and an optional `%` — nothing a
    /// spreadsheet could run.
    static func isPlainNumber(_ cell: String) -> Bool {
        var scalars = Substring(cell).unicodeScalars.dropFirst()
        if scalars.last == "%" { scalars = scalars.dropLast() }
        let parts = String(scalars).split(separator: ".", omittingEmptySubsequences: false)
        guard (1...2).contains(parts.count) else { return false }
        return parts.allSatisfy { !$0.isEmpty && $0.unicodeScalars.allSatisfy { ("0"..."9").contains($0) } }
    }
}
