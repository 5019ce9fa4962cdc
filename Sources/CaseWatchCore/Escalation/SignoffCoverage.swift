/// Whether a roster has someone to decide every sign-off a ladder can create: a tier's level, and every
/// level above it (where its unsigned sign-offs pass), must each have at least one leader. A level
/// without one leaves its sign-offs undecidable.
public enum SignoffCoverage {
    /// The levels a sign-off addressed to `level` may reach: `level` itself, then those above it in
    /// ``SignoffAuthority/levels``.
    public static func levels(reachedFrom level: String) -> [String] {
        guard let index = SignoffAuthority.levels.firstIndex(of: level) else { return [level] }
        return Array(SignoffAuthority.levels[index...])
    }

    /// The levels reached from `level` at which none of `staffed` (the levels leaders act at) is found,
    /// lowest first; empty when every one has a leader.
    public static func unstaffed(from level: String, staffed: Set<String>) -> [String] {
        levels(reachedFrom: level).filter { !staffed.contains($0) }
    }

    /// Every sign-off tier of `policies` whose sign-offs no leader of `leaders` could decide at some level
    /// they reach, in policy and ladder order.
    public static func gaps(in policies: [Policy], leaders: [Leader]) -> [SignoffCoverageGap] {
        let staffed = Set(leaders.map(\.level))
        return policies.flatMap { policy in
            policy.ladder.compactMap { tier -> SignoffCoverageGap? in
                guard let level = tier.signoffLevel else { return nil }
                let missing = unstaffed(from: level, staffed: staffed)
                return missing.isEmpty ? nil : SignoffCoverageGap(policyVersion: policy.version, tier: tier.name, level: level, unstaffed: missing)
            }
        }
    }
}

/// A sign-off tier whose sign-offs nobody could decide: no leader acts at some level they reach.
public struct SignoffCoverageGap: Hashable, Sendable {
    /// The policy's version.
    public let policyVersion: String
    /// The tier.
    public let tier: TierName
    /// The level the tier addresses its sign-offs to.
    public let level: String
    /// The levels (the tier's own, or those above it where unsigned ones pass) with no leader, lowest first.
    public let unstaffed: [String]

    /// A gap.
    public init(policyVersion: String, tier: TierName, level: String, unstaffed: [String]) {
        self.policyVersion = policyVersion
        self.tier = tier
        self.level = level
        self.unstaffed = unstaffed
    }
}
