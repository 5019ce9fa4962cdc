/// Who may decide a sign-off: a leader of its level whose jurisdiction holds the charged unit, while it is
/// pending and not yet expired. The one home of the rule: the desk's decision check and the list of the
/// sign-offs awaiting a leader both ask it.
public enum SignoffAuthority {
    /// The levels sign-offs are addressed to, from the lowest up: an unsigned one passes to the next.
    public static let levels = ["district", "city"]

    /// The level a sign-off unsigned at `level` passes to, nil at the top.
    public static func level(above level: String) -> String? {
        guard let index = levels.firstIndex(of: level), index + 1 < levels.count else { return nil }
        return levels[index + 1]
    }

    /// Whether `signoff` is addressed to `leader`: of the leader's level, charging a unit in their
    /// jurisdiction (`unitLineage` is the charged unit and its ancestors, the unit first). Says nothing of
    /// its status: an addressed sign-off may already be decided or expired.
    public static func isAddressed(_ signoff: Signoff, to leader: Leader, unitLineage: [UnitID]) -> Bool {
        addressRefusal(of: leader, for: signoff, unitLineage: unitLineage) == nil
    }

    /// Whether `leader` may decide `signoff` at `now`.
    public static func mayDecide(_ leader: Leader, _ signoff: Signoff, unitLineage: [UnitID], at now: Instant) -> Bool {
        refusal(of: leader, for: signoff, unitLineage: unitLineage, at: now) == nil
    }

    /// Why `leader` may not decide `signoff` at `now`, nil when they may; `unitLineage` is the charged unit
    /// and its ancestors, the unit first.
    public static func refusal(of leader: Leader, for signoff: Signoff, unitLineage: [UnitID], at now: Instant) -> SignoffAuthorityRefusal? {
        if let refusal = addressRefusal(of: leader, for: signoff, unitLineage: unitLineage) { return refusal }
        switch signoff.status {
        case .pending where now > signoff.dueAt:
            return .expired(signoff: signoff.id, dueAt: signoff.dueAt, passesTo: level(above: signoff.level))
        case .pending:
            return nil
        case .returned:
            return .returned(signoff: signoff.id)
        case .escalated:
            return .escalated(signoff: signoff.id, to: signoff.escalatedTo)
        case .approved, .rejected:
            return .alreadyDecided(signoff: signoff.id, status: signoff.status, by: signoff.decidedBy)
        }
    }

    /// The level and jurisdiction half of the rule.
    private static func addressRefusal(of leader: Leader, for signoff: Signoff, unitLineage: [UnitID]) -> SignoffAuthorityRefusal? {
        if signoff.level != leader.level {
            return .wrongLevel(signoff: signoff.id, addressedTo: signoff.level, leader: leader.id, leaderLevel: leader.level)
        }
        if !unitLineage.contains(leader.jurisdiction) {
            return .outsideJurisdiction(signoff: signoff.id, unit: signoff.unit, leader: leader.id, jurisdiction: leader.jurisdiction)
        }
        return nil
    }
}
