import Synchronization

/// A catalog that also knows each policy's explicit-deadlines variant (`<version>+explicit`), so that
/// cases replayed from a city's own history stay projectable wherever the base policies are loaded.
public struct VariantPolicyCatalog: PolicyCatalog {
    /// The catalog of base policies.
    public let base: any PolicyCatalog
    /// Variants already derived, by version (derived once: they are asked for with every event).
    private let variants = VariantCache()

    /// Wraps a catalog.
    public init(_ base: any PolicyCatalog) {
        self.base = base
    }

    /// The policy with a version, deriving `<version>+explicit` from its base.
    public func policy(version: String) -> Policy? {
        guard version.hasSuffix(Policy.explicitSuffix) else { return base.policy(version: version) }
        if let known = variants.storage.withLock({ $0[version] }) { return known }
        let derived = base.policy(version: String(version.dropLast(Policy.explicitSuffix.count)))?.explicitDeadlinesVariant()
        if let derived { variants.storage.withLock { $0[version] = derived } }
        return derived
    }

    /// The base policy in force at an instant.
    public func policy(at instant: Instant) -> Policy? {
        base.policy(at: instant)
    }

    /// The calendar of a policy or of its variant.
    public func calendar(for policy: Policy) -> WorkCalendar {
        base.calendar(for: policy)
    }

    /// The base catalog's calendar with a name.
    public func calendar(named name: String) -> WorkCalendar? {
        base.calendar(named: name)
    }
}

/// The derived variants of one catalog.
private final class VariantCache: Sendable {
    let storage = Mutex<[String: Policy]>([:])
}
