import CaseWatchCore

/// A row as the exports show it: the row, its display name and its rank cell.
struct AssessmentLine: Sendable {
    /// The row.
    let row: AssessmentRow
    /// The unit's name (its id when the report has no name for it; `City total` for the total).
    let name: String
    /// Whether this is the city-wide total.
    let isTotal: Bool
    /// `3`, `small sample` / `样本不足`, or nil for the total (which is never ranked).
    let rank: String?

    /// The lines of `report`: its rows in order, then the total.
    static func all(_ report: AssessmentReport, language: AssessmentExport.Language) -> [AssessmentLine] {
        report.rows.map { row in
            AssessmentLine(
                row: row, name: report.unitNames[row.unit] ?? row.unit.rawValue, isTotal: false,
                rank: row.rank.map(String.init) ?? smallSample(language)
            )
        } + [AssessmentLine(row: report.total, name: language.pick("City total", "全市合计"), isTotal: true, rank: nil)]
    }

    /// `small sample` / `样本不足`.
    static func smallSample(_ language: AssessmentExport.Language) -> String {
        language.pick("small sample", "样本不足")
    }

    /// The cells of this line under `columns`.
    func cells(_ columns: [AssessmentColumn] = AssessmentColumn.all) -> [String?] {
        columns.map { $0.cell(self) }
    }
}
