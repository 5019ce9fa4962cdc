import CaseWatchCore

/// Sign-off defaults until the policy names them (the leadership issue adds the key).
enum SignoffDefaults {
    /// How long a leader has to sign off an escalation.
    static let deadline = ClockDuration.workingDays(2)!
}
