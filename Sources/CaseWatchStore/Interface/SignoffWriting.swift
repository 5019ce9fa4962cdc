import CaseWatchCore

/// Writes leadership sign-offs: the part of ``StoreWriter`` that each backend implements in its own SQL.
public protocol SignoffWriting {
    /// Records a leader's decision (`approved`, `rejected` or `returned`) on a pending sign-off; returns
    /// false, writing nothing, when it is no longer pending (another leader decided it first).
    func decideSignoff(
        _ id: Int64, as status: SignoffStatus, by leader: String, at: Instant, instruction: String?, reason: String?,
        orderCaseID: CaseID?) throws(StoreError) -> Bool

    /// Puts a returned sign-off back before leaders: pending again, its due instant moved on by the time it
    /// spent returned (its clock was paused). False when it is not returned.
    func resubmitSignoff(_ id: Int64, at: Instant) throws(StoreError) -> Bool

    /// Passes an expired pending sign-off to `level`, as a new pending sign-off due at `due`, and writes a
    /// `signoff_escalated` line (no points) to the charged unit's ledger so that its record shows it.
    /// Returns the new sign-off's id, nil (writing nothing) when it is no longer pending.
    func escalateSignoff(_ signoff: Signoff, to level: String, due: Instant, at: Instant) throws(StoreError) -> Int64?

    /// Reverses the assessment points an escalation deducted, by appending a `reversal` line for each of
    /// its deductions not yet reversed (nothing is deleted). Returns the points given back.
    @discardableResult
    func reverseEscalationPoints(_ escalationID: Int64, at: Instant) throws(StoreError) -> AssessmentPoints
}
