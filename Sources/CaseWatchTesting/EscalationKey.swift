import CaseWatchCore

/// An escalation without its detection instant: what a replay and a live supervisor (in-process or a
/// restarted daemon) must agree on.
public struct EscalationKey: Hashable, CustomStringConvertible, Sendable {
    /// The case.
    public let caseID: String
    /// Its resolution cycle.
    public let cycle: Int
    /// The tier.
    public let tier: String
    /// The unit charged.
    public let unit: String
    /// The due instant, in seconds since the epoch.
    public let due: Int64

    /// The key of `escalation`.
    public init(_ escalation: Escalation) {
        caseID = escalation.caseID.rawValue
        cycle = escalation.cycle
        tier = escalation.tier.rawValue
        unit = escalation.unit.rawValue
        due = escalation.dueAt.secondsSinceEpoch
    }

    /// `case/cycle/tier@due`.
    public var description: String { "\(caseID)/\(cycle)/\(tier)@\(due)" }
}
