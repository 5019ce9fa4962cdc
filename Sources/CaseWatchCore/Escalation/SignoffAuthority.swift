/// Who may decide a sign-off: a leader of its level whose jurisdiction holds the charged unit.
public enum SignoffAuthority {
    /// The levels sign-offs are addressed to, from the lowest up: an unsigned one passes to the next.
    public static let levels = ["district", "city"]

    /// The level a sign-off unsigned at `level` passes to, nil at the top.
    public static func level(above level: String) -> String? {
        guard let index = levels.firstIndex(of: level), index + 1 < levels.count else { return nil }
        return levels[index + 1]
    }

    /// Why `leader` may not decide `signoff` at `now`, nil when they may; `unitLineage` is the charged unit
    /// and its ancestors, the unit first.
    public static func refusal(of leader: Leader, for signoff: Signoff, unitLineage: [UnitID], at now: Instant) -> String? {
        if signoff.level != leader.level {
            return "sign-off \(signoff.id) is addressed to a \(signoff.level) leader; \(leader.id) signs off at the \(leader.level) level"
        }
        if !unitLineage.contains(leader.jurisdiction) {
            return "sign-off \(signoff.id) charges unit \(signoff.unit), outside \(leader.id)'s jurisdiction (\(leader.jurisdiction))"
        }
        switch signoff.status {
        case .pending where now > signoff.dueAt:
            let next = level(above: signoff.level).map { "it passes to the \($0) level" } ?? "it is reported overdue"
            return "sign-off \(signoff.id) expired at \(InstantFormatter.format(signoff.dueAt, offsetSeconds: 0)) unsigned; \(next)"
        case .pending:
            return nil
        case .returned:
            return "sign-off \(signoff.id) was returned to the hotline centre; it can be decided once it is resubmitted"
        case .escalated:
            return "sign-off \(signoff.id) expired and passed to the next level (sign-off \(signoff.escalatedTo.map(String.init) ?? "?")); decide that one"
        case .approved, .rejected:
            let by = signoff.decidedBy.map { " by \($0)" } ?? ""
            return "sign-off \(signoff.id) was already \(signoff.status)\(by); a decision is final"
        }
    }
}
