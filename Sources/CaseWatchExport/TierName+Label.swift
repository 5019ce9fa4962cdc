import CaseWatchCore

extension TierName {
    /// The tier's name in an export: `Warnings`, `Urged` … or 预警, 催办 ….
    func label(_ language: AssessmentExport.Language) -> String {
        switch language {
        case .zh: chinese
        case .en:
            switch self {
            case .warning: "Warnings"
            case .overdue: "Overdue"
            case .urge: "Urged"
            case .leadership: "Leadership"
            case .notice: "Notices"
            }
        }
    }
}
