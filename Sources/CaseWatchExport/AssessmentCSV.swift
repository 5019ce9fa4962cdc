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
            writer.record([fact.label, fact.value])
        }
        writer.record([])
        let columns = AssessmentColumn.all
        writer.record(columns.map { $0.header(language) })
        for line in AssessmentLine.all(report, language: language) {
            writer.record(line.cells(columns).map { spreadsheetSafe($0 ?? "") })
        }
        return writer.bytes
    }

    /// The cell, with a leading `'` when Excel or WPS would otherwise run it as a formula (it starts with
    /// `=`, `+`, `@`, a tab or a carriage return, or `-` not followed by a digit): a unit named
    /// `=HYPERLINK(…)` stays text. Numbers, including negative ones, are left alone.
    static func spreadsheetSafe(_ cell: String) -> String {
        guard let first = cell.unicodeScalars.first else { return cell }
        switch first {
        case "=", "+", "@", "\t", "\r":
            return "'" + cell
        case "-":
            let second = cell.unicodeScalars.dropFirst().first
            return second.map { ("0"..."9").contains($0) } == true ? cell : "'" + cell
        default:
            return cell
        }
    }
}
