/// What a route matches: every condition it sets must hold (an unset one holds for every notice); a
/// condition listing several values holds when any one does.
public struct RouteMatcher: Hashable, Sendable {
    /// The notice kinds; nil for any.
    public let kinds: Set<NoticeKind>?
    /// The ladder tiers; nil for any (a notice without a tier matches no tier condition).
    public let tiers: Set<TierName>?
    /// The tiers' actions; nil for any.
    public let actions: Set<TierAction>?
    /// The case urgencies; nil for any.
    public let urgencies: Set<Urgency>?
    /// Category prefixes: `road` holds for `road` and `road.pothole`, never for `roadworks`; nil for any.
    public let categories: [CaseCategory]?
    /// Unit subtrees: a unit holds when it or one of its parents is listed; nil for any.
    public let units: [UnitID]?
    /// Sign-off levels (`district`, `city`); nil for any (a notice without a sign-off matches no level).
    public let levels: Set<String>?

    /// Creates a matcher; nil conditions hold for every notice.
    public init(
        kinds: Set<NoticeKind>? = nil, tiers: Set<TierName>? = nil, actions: Set<TierAction>? = nil,
        urgencies: Set<Urgency>? = nil, categories: [CaseCategory]? = nil, units: [UnitID]? = nil, levels: Set<String>? = nil
    ) {
        self.kinds = kinds
        self.tiers = tiers
        self.actions = actions
        self.urgencies = urgencies
        self.categories = categories
        self.units = units
        self.levels = levels
    }

    /// Whether it sets no condition at all, so every notice matches it.
    public var matchesEverything: Bool {
        kinds == nil && tiers == nil && actions == nil && urgencies == nil && categories == nil && units == nil && levels == nil
    }

    /// The first condition `notice` fails, nil when it matches; `lineage` is the notice's unit and its
    /// parents up to the root, the unit first.
    public func mismatch(_ notice: Notice, lineage: [UnitID]) -> RouteMismatch? {
        if let kinds, !kinds.contains(notice.kind) { return .kind(notice.kind) }
        if let tiers, !(notice.tier.map(tiers.contains) ?? false) { return .tier(notice.tier) }
        if let actions, !(notice.action.map(actions.contains) ?? false) { return .action(notice.action) }
        if let urgencies, !urgencies.contains(notice.urgency) { return .urgency(notice.urgency) }
        if let categories, !categories.contains(where: { Self.isPrefix($0, of: notice.category) }) {
            return .category(notice.category)
        }
        if let units {
            let chain = lineage.first == notice.unit ? lineage : [notice.unit] + lineage
            if !chain.contains(where: units.contains) { return .unit(notice.unit) }
        }
        if let levels, !(notice.signoff.map { levels.contains($0.level) } ?? false) { return .level(notice.signoff?.level) }
        return nil
    }

    /// Whether the dotted `prefix` is the category or one of its ancestors (whole segments only).
    static func isPrefix(_ prefix: CaseCategory, of category: String) -> Bool {
        guard let parsed = CaseCategory(category) else { return false }
        return parsed.lineage.contains(prefix)
    }
}

/// The condition of a route a notice failed, with the notice's value (nil when it has none).
public enum RouteMismatch: Hashable, Sendable {
    /// The notice's kind is not among the route's kinds.
    case kind(NoticeKind)
    /// The notice's tier (nil: it has none) is not among the route's tiers.
    case tier(TierName?)
    /// The notice's action (nil: it has none) is not among the route's actions.
    case action(TierAction?)
    /// The case's urgency is not among the route's urgencies.
    case urgency(Urgency)
    /// The case's category lies under none of the route's category prefixes.
    case category(String)
    /// The unit lies in none of the route's unit subtrees.
    case unit(UnitID)
    /// The notice's sign-off level (nil: it concerns no sign-off) is not among the route's levels.
    case level(String?)
}
