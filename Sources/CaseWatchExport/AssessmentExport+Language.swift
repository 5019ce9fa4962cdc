extension AssessmentExport {
    /// The language of column names and labels.
    public enum Language: String, CaseIterable, Hashable, Sendable {
        /// English.
        case en
        /// Chinese, with the terms a 12345 office uses (受理量, 按时签收率, 满意率, 综合得分 …).
        case zh

        /// Picks the English or the Chinese text.
        func pick(_ english: String, _ chinese: String) -> String {
            self == .en ? english : chinese
        }
    }
}
