import ArgumentParser
import CaseWatchCore

/// The formats `casewatch assess --format` names.
public enum AssessmentFormat: String, CaseIterable, Sendable, ExpressibleByArgument {
    /// Aligned columns for a terminal.
    case table
    /// CSV for Excel and WPS.
    case csv
    /// JSON for other systems.
    case json
    /// A self-contained HTML report.
    case html
}

/// The languages of an assessment's column names.
public enum AssessmentLanguage: String, CaseIterable, Sendable, ExpressibleByArgument {
    /// English.
    case en
    /// Chinese, as a 12345 office writes its tables (受理量, 按时签收率 …).
    case zh
}

/// Renders an assessment report in a format: the one seam between `casewatch assess` and the exports.
///
/// Only `table` is rendered here; CSV, JSON and HTML come with the `CaseWatchExport` module, which plugs
/// in at this function.
public enum AssessmentOutput {
    /// The report's bytes in `format`, with column names in `language`.
    public static func render(_ report: AssessmentReport, format: AssessmentFormat, language: AssessmentLanguage) throws -> [UInt8] {
        switch format {
        case .table:
            return Array((AssessmentTable.lines(report, language: language).joined(separator: "\n") + "\n").utf8)
        case .csv, .json, .html:
            throw CommandFailure(
                "--format \(format.rawValue): the \(format.rawValue) export arrives with the export module (CaseWatchExport); use --format table for now"
            )
        }
    }
}
