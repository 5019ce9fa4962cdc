import CaseWatchCore

/// Turns an ``AssessmentReport`` into the bytes of a table, CSV, JSON or HTML export.
///
/// Every format states the period, the as-of instant, the policy versions, the event-log range and the
/// report's checksum (``AssessmentChecksum``), and the same report always gives byte-identical output.
public enum AssessmentExport {
    /// Renders `report` in `format`, with column names and labels in `language` (JSON keys are always
    /// English; `language` does not change JSON output).
    public static func render(_ report: AssessmentReport, format: Format, language: Language) -> [UInt8] {
        switch format {
        case .table: Array(AssessmentTable.render(report, language: language).utf8)
        case .csv: AssessmentCSV.render(report, language: language)
        case .json: Array(AssessmentJSON.render(report).utf8)
        case .html: Array(AssessmentHTML.render(report, language: language).utf8)
        }
    }
}
