/// A policy's rules for leadership sign-offs (领导批示): how long a leader has to sign one, and how long a
/// unit has to carry out a supervision order (督办件) approved without a deadline of its own.
public struct SignoffRule: Hashable, Sendable {
    /// How long after a sign-off is created (or passed up a level) it must be signed.
    public let deadline: ClockDuration
    /// The deadline of a supervision order whose approval names none.
    public let supervisionOrder: ClockDuration

    /// A rule.
    public init(deadline: ClockDuration, supervisionOrder: ClockDuration) {
        self.deadline = deadline
        self.supervisionOrder = supervisionOrder
    }

    /// Two working days to sign; five working days for a supervision order.
    public static let standard = SignoffRule(deadline: .workingDays(2)!, supervisionOrder: .workingDays(5)!)
}
