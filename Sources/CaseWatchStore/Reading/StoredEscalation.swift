import CaseWatchCore

/// An escalation as stored, with its row id and its sign-off's status when it asked for one.
public struct StoredEscalation: Hashable, Sendable {
    /// The row id.
    public let id: Int64
    /// The escalation.
    public let escalation: Escalation
    /// The sign-off's status (`pending`, …), nil for tiers without one.
    public let signoffStatus: String?
}
