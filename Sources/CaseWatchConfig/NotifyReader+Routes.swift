import CaseWatchCore
import Yams

/// Reading the routes of a `kind: notify` file.
extension NotifyReader {
    static let routeKeys = ["match", "receivers", "unit_contacts", "leaders", "continue"]
    static let matchKeys = ["kind", "tier", "action", "urgency", "category", "unit", "level"]

    /// Reads the routes in order, reporting any that can never match.
    mutating func routes(_ items: [Node], hasContacts: Bool) -> [NotifyRoute] {
        var routes: [NotifyRoute] = []
        var catchAll: (number: Int, position: SourcePosition)?
        for (index, item) in items.enumerated() {
            let number = index + 1
            if let catchAll {
                log.error(
                    "route \(number) can never match: route \(catchAll.number) on line \(catchAll.position.line) matches every notice and has no 'continue: true'; move this route above it, or give route \(catchAll.number) 'continue: true' or a 'match'",
                    at: item
                )
            }
            guard let route = route(item, number: number, hasContacts: hasContacts) else { continue }
            if route.isCatchAll, catchAll == nil { catchAll = (number, log.position(of: item)) }
            routes.append(route)
        }
        return routes
    }

    /// Reads one route.
    private mutating func route(_ node: Node, number: Int, hasContacts: Bool) -> NotifyRoute? {
        let problemsBefore = log.count
        guard let fields = Fields(node, "route \(number)", allowed: Self.routeKeys, log: log) else { return nil }
        var matcher: RouteMatcher? = RouteMatcher()
        if let node = fields["match"] { matcher = readMatcher(node, number: number) }
        let names = fields["receivers"].flatMap { read.oneOrMany($0, "the receivers of route \(number)", { receiverName($0) }) } ?? []
        let contacts = fields["unit_contacts"].flatMap { read.flag($0, "unit_contacts") } ?? false
        let leaders = fields["leaders"].flatMap { read.flag($0, "leaders") } ?? false
        let continues = fields["continue"].flatMap { read.flag($0, "continue") } ?? false
        if contacts, !hasContacts, let key = fields.keyNode("unit_contacts") {
            log.error("route \(number) tells the unit contacts, but the file's 'unit_contacts' names none; add e.g. 'unit_contacts: {cc.nanguan: [nanguan-office]}'", at: key)
        }
        if log.count == problemsBefore, names.isEmpty, !contacts, !leaders {
            log.error("route \(number) tells nobody; add 'receivers: [name]', 'unit_contacts: true' or 'leaders: true'", at: node)
        }
        guard let matcher, log.count == problemsBefore else { return nil }
        return NotifyRoute(matcher: matcher, receivers: names, unitContacts: contacts, leaders: leaders, continues: continues)
    }

    /// Reads a route's `match`; nil after reporting a problem.
    private mutating func readMatcher(_ node: Node, number: Int) -> RouteMatcher? {
        let problemsBefore = log.count
        guard let fields = Fields(node, "the 'match' of route \(number)", allowed: Self.matchKeys, log: log) else { return nil }
        let kinds = fields["kind"].flatMap { read.oneOrMany($0, "the notice kinds", { read.choice($0, "notice kind", NoticeKind.self) }) }
        let tierNodes = fields["tier"].flatMap { read.oneOrMany($0, "the tiers", { node in read.choice(node, "tier", TierName.self).map { ($0, node) } }) }
        let actionNodes = fields["action"].flatMap { read.oneOrMany($0, "the actions", { node in read.choice(node, "action", TierAction.self).map { ($0, node) } }) }
        let tierList = tierNodes?.map(\.0), actionList = actionNodes?.map(\.0)
        let levels = fields["level"].flatMap { read.oneOrMany($0, "the sign-off levels", { read.choice($0, "sign-off level", SignoffLevel.self) }) }
        let urgencyNodes = fields["urgency"].flatMap { read.oneOrMany($0, "the urgencies", { node in read.text(node, "an urgency").map { (Urgency($0), node) } }) }
        let categoryNodes = fields["category"].flatMap { read.oneOrMany($0, "the category prefixes", { categoryPrefix($0) }) }
        let unitNodes = fields["unit"].flatMap { read.oneOrMany($0, "the unit subtrees", { node in read.identifier(node, "unit id", example: "cc.nanguan").map { ($0, node) } }) }
        tiers += (tierNodes ?? []).map { ($0.0, log.position(of: $0.1)) }
        actions += (actionNodes ?? []).map { ($0.0, log.position(of: $0.1)) }
        urgencies += (urgencyNodes ?? []).map { ($0.0, log.position(of: $0.1)) }
        categories += (categoryNodes ?? []).map { ($0.0, log.position(of: $0.1)) }
        units += (unitNodes ?? []).map { ($0.0, log.position(of: $0.1)) }
        if let kinds, tierList != nil || actionList != nil, !kinds.contains(.escalation), !kinds.contains(.signoffRequested),
           let kindNode = fields["kind"] {
            log.error(
                "route \(number) can never match: only escalations and sign-off requests have a tier and an action, and it matches only \(kinds.map(\.rawValue).joined(separator: ", ")); drop 'tier'/'action' or add 'escalation' to 'kind'",
                at: kindNode
            )
        }
        guard log.count == problemsBefore else { return nil }
        return RouteMatcher(
            kinds: kinds.map(Set.init), tiers: tierList.map(Set.init), actions: actionList.map(Set.init),
            urgencies: urgencyNodes.map { Set($0.map(\.0)) }, categories: categoryNodes?.map(\.0),
            units: unitNodes?.map { UnitID($0.0) }, levels: levels.map { Set($0.map(\.rawValue)) }
        )
    }

    /// A dotted category prefix such as `road` or `environment.noise`.
    private func categoryPrefix(_ node: Node) -> (CaseCategory, Node)? {
        read.parsed(node, "a category prefix, e.g. road") { text throws(ValueProblem) in
            guard let category = CaseCategory(text) else {
                throw ValueProblem("'\(text)' is not a category; write dot-separated names, e.g. road.pothole")
            }
            return (category, node)
        }
    }
}
