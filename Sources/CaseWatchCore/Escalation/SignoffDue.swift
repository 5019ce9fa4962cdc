/// When a leader's sign-off is due: the policy's sign-off deadline (e.g. two working days) after the
/// sign-off is created or passed up a level, on the policy's calendar. The supervisor's fire path, the
/// history replay and the expiry of unsigned sign-offs all take the due instant from here.
extension PolicyCatalog {
    /// The due instant of a sign-off created (or passed up) at `start` under `policy`.
    public func signoffDue(under policy: Policy, from start: Instant) -> Instant {
        calendar(for: policy).deadline(from: start, adding: policy.signoffs.deadline).due
    }

    /// The due instant of the sign-off `escalation` asks for (created when it was detected), nil when its
    /// tier asks for none.
    public func signoffDue(of escalation: Escalation, under policy: Policy) -> Instant? {
        escalation.signoffLevel.map { _ in signoffDue(under: policy, from: escalation.detectedAt) }
    }
}
