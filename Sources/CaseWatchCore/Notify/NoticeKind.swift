/// What happened that people must be told of: each kind is written to the outbox by the transaction that
/// makes it true.
public enum NoticeKind: String, Hashable, Sendable, CaseIterable, CustomStringConvertible {
    /// A ladder tier fired (预警, 超时, 催办, 提级督办, 通报).
    case escalation
    /// A leadership sign-off was requested from a level (the sign-off tier fired).
    case signoffRequested = "signoff_requested"
    /// A sign-off expired unsigned and passed up to the next level.
    case signoffPassedUp = "signoff_passed_up"
    /// A leader approved, rejected or returned a sign-off.
    case signoffDecided = "signoff_decided"
    /// An approved sign-off opened a supervision order (督办单) that is now tracked as its own case.
    case supervisionOrder = "supervision_order"

    /// The name used in routes, the store and messages.
    public var description: String { rawValue }
}
