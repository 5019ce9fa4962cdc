import CaseWatchCore

extension SignoffStatus {
    /// Whether a leader's decision may set this status: approve, reject or return (a sign-off is made
    /// pending and passed up by the store's own rules, never by a leader).
    package var isLeaderDecision: Bool {
        self == .approved || self == .rejected || self == .returned
    }
}
