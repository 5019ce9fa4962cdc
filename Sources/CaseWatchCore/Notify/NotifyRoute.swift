/// One route of the routing (as in Alertmanager's routing tree): what it matches and whom it tells.
/// Routes are tried in order; the first that matches stops the search unless it says `continue`.
public struct NotifyRoute: Hashable, Sendable {
    /// What the route matches.
    public let matcher: RouteMatcher
    /// Receivers told by name.
    public let receivers: [String]
    /// Whether the unit's contacts are told (the most specific unit of the lineage that has any).
    public let unitContacts: Bool
    /// Whether the receivers of the leaders who may decide the notice's sign-off are told.
    public let leaders: Bool
    /// Whether the routes after this one are still tried when it matches.
    public let continues: Bool

    /// Creates a route.
    public init(matcher: RouteMatcher, receivers: [String] = [], unitContacts: Bool = false, leaders: Bool = false, continues: Bool = false) {
        self.matcher = matcher
        self.receivers = receivers
        self.unitContacts = unitContacts
        self.leaders = leaders
        self.continues = continues
    }

    /// Whether it matches every notice and stops the search, so no route after it can ever match.
    public var isCatchAll: Bool { matcher.matchesEverything && !continues }
}
