/// The citizen's verdict at the callback (回访).
public enum Satisfaction: String, Hashable, Codable, Sendable, CaseIterable {
    /// 满意.
    case satisfied
    /// 基本满意.
    case basicallySatisfied = "basically-satisfied"
    /// 不满意.
    case dissatisfied
}
