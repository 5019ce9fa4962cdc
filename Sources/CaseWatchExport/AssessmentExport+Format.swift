extension AssessmentExport {
    /// The export formats `casewatch assess --format` offers.
    public enum Format: String, CaseIterable, Hashable, Sendable {
        /// A fixed-width plain-text table for a terminal (CJK-aware column widths).
        case table
        /// CSV for Excel and WPS: UTF-8 with a byte-order mark, CRLF, RFC 4180 quoting.
        case csv
        /// JSON for other systems, following `docs/assessment-schema.json`.
        case json
        /// A single self-contained HTML page with inline SVG charts, fit to print.
        case html

        /// The usual file name extension: `txt`, `csv`, `json` or `html`.
        public var fileExtension: String {
            switch self {
            case .table: "txt"
            case .csv: "csv"
            case .json: "json"
            case .html: "html"
            }
        }
    }
}
