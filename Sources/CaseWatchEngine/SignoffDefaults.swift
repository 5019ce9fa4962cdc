import CaseWatchCore

/// Sign-off defaults until the policy names them.
enum SignoffDefaults {
    /// How long a leader has to sign off an escalation.
    static let deadline = ClockDuration.workingDays(2)!
    /// How long a unit has to carry out a supervision order (督办件) a leader approved without a deadline.
    static let supervisionOrder = ClockDuration.workingDays(5)!
}
