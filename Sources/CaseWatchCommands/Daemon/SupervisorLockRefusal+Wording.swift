import CaseWatchEngine

/// What `casewatch daemon` says when the supervisor's lock is not taken: what is wrong and what to do.
extension SupervisorLock.Refusal {
    /// The message.
    var wording: String {
        switch self {
        case .held:
            "\(self); stop it first, or start this one with --standby to take over when it ends"
        case .unavailable:
            "\(self); check that the database's directory is writable"
        }
    }
}
