/// Who may issue or revoke a leader's personal token, when the one asking is a leader: a leader at or above
/// the target's level (in ``SignoffAuthority/levels``) whose jurisdiction holds the target's. A district
/// leader cannot issue a city leader's token, nor one for another district. (The database's owner, the
/// centre's administrator account, may issue any; that check needs the file system and lives in the engine.)
public enum TokenAuthority {
    /// Why `issuer` may not issue or revoke `target`'s token, nil when they may; `targetLineage` is the
    /// target's jurisdiction and its ancestors, the jurisdiction first.
    public static func refusal(of issuer: Leader, for target: Leader, targetLineage: [UnitID]) -> TokenAuthorityRefusal? {
        let issuerRank = SignoffAuthority.levels.firstIndex(of: issuer.level) ?? -1
        let targetRank = SignoffAuthority.levels.firstIndex(of: target.level) ?? SignoffAuthority.levels.count
        if targetRank > issuerRank {
            return .levelAbove(issuer: issuer.id, issuerLevel: issuer.level, target: target.id, targetLevel: target.level)
        }
        if !targetLineage.contains(issuer.jurisdiction) {
            return .outsideJurisdiction(
                issuer: issuer.id, issuerJurisdiction: issuer.jurisdiction, target: target.id, targetJurisdiction: target.jurisdiction
            )
        }
        return nil
    }
}

/// Why a leader may not issue or revoke another leader's token: the rule of ``TokenAuthority`` broken.
public enum TokenAuthorityRefusal: Hashable, Sendable {
    /// The target acts at a level above the issuer's.
    case levelAbove(issuer: String, issuerLevel: String, target: String, targetLevel: String)
    /// The target's jurisdiction lies outside the issuer's.
    case outsideJurisdiction(issuer: String, issuerJurisdiction: UnitID, target: String, targetJurisdiction: UnitID)

    /// The rule broken, as a stable machine name.
    public var code: String {
        switch self {
        case .levelAbove: "level_above_issuer"
        case .outsideJurisdiction: "outside_issuer_jurisdiction"
        }
    }
}
