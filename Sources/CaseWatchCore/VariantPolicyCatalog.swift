/// A catalog that also knows each policy's explicit-deadlines variant (`<version>+explicit`), so that
/// cases replayed from a city's own history stay projectable wherever the base policies are loaded.
public struct VariantPolicyCatalog: PolicyCatalog {
    /// The catalog of base policies.
    public let base: any PolicyCatalog

    /// Wraps a catalog.
    public init(_ base: any PolicyCatalog) {
        self.base = base
    }

    /// The policy with a version, deriving `<version>+explicit` from its base.
    public func policy(version: String) -> Policy? {
        if version.hasSuffix(Policy.explicitSuffix) {
            return base.policy(version: String(version.dropLast(Policy.explicitSuffix.count)))?.explicitDeadlinesVariant()
        }
        return base.policy(version: version)
    }

    /// The base policy in force at an instant.
    public func policy(at instant: Instant) -> Policy? {
        base.policy(at: instant)
    }

    /// The calendar of a policy or of its variant.
    public func calendar(for policy: Policy) -> WorkCalendar {
        base.calendar(for: policy)
    }
}
