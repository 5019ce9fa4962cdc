import ArgumentParser
import CaseWatchCore
import CaseWatchExport

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

/// Renders an assessment report in a format through the exports (`CaseWatchExport`).
public enum AssessmentOutput {
    /// The report's bytes in `format`, with column names in `language`.
    public static func render(_ report: AssessmentReport, format: AssessmentFormat, language: AssessmentLanguage) -> [UInt8] {
        let exportFormat: AssessmentExport.Format = switch format {
        case .table: .table
        case .csv: .csv
        case .json: .json
        case .html: .html
        }
        return AssessmentExport.render(report, format: exportFormat, language: language == .zh ? .zh : .en)
    }
}
