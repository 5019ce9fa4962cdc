import CaseWatchCore

extension ConfigSetCheck {
    /// Checks the routing against the other files: one routing file at most; its urgencies, tiers, actions
    /// and categories must be the policies' (else its routes could never match); its units those of the
    /// units files, when the set has any; the roster's `receivers:` those the routing defines.
    mutating func checkNotify() {
        guard let first = notifyFiles.first else { return }
        for file in notifyFiles.dropFirst() {
            report("the routing is already given at \(Self.describe(first.position)); keep one file with 'kind: notify'", at: file.position)
        }
        checkNotifyAgainstPolicies(first)
        checkNotifyUnits(first)
        checkRosterReceivers(first)
    }

    /// Urgencies, tiers, actions and categories that no policy of the set has.
    private mutating func checkNotifyAgainstPolicies(_ file: NotifyFile) {
        let policies = policyFiles.compactMap(\.policy)
        guard unreadableFiles == 0, !policies.isEmpty, policies.count == policyFiles.count else { return }
        let urgencies = Set(policies.flatMap(\.urgencies))
        for (urgency, position) in file.urgencies where !urgencies.contains(urgency) {
            let names = urgencies.map(\.rawValue).sorted()
            let hint = closestMatch(to: urgency.rawValue, among: names).map { "did you mean '\($0)'? " } ?? ""
            report("urgency '\(urgency)' is used by no policy, so this can never match; \(hint)the policies' urgencies: \(names.joined(separator: ", "))", at: position)
        }
        let tiers = Set(policies.flatMap { $0.ladder.map(\.name) })
        for (tier, position) in file.tiers where !tiers.contains(tier) {
            report("no policy's ladder has tier '\(tier)', so this route can never match; the ladders' tiers: \(tiers.sorted().map(\.rawValue).joined(separator: ", "))", at: position)
        }
        let actions = Set(policies.flatMap { $0.ladder.map(\.action) })
        for (action, position) in file.actions where !actions.contains(action) {
            report("no policy's ladder has action '\(action)', so this route can never match; the ladders' actions: \(actions.map(\.rawValue).sorted().joined(separator: ", "))", at: position)
        }
        let categories = Set(policies.flatMap(\.overrides.keys))
        for (category, position) in file.categories where !Self.isRelated(category, to: categories) {
            let names = categories.map(\.description).sorted()
            let hint = closestMatch(to: category.description, among: names).map { "did you mean '\($0)'? " } ?? ""
            report("category '\(category)' is used by no policy (its 'categories'), so this route can never match; \(hint)the policies' categories: \(names.joined(separator: ", "))", at: position)
        }
    }

    /// Whether a route's category prefix is a policy category, an ancestor of one or lies under one.
    private static func isRelated(_ prefix: CaseCategory, to categories: Set<CaseCategory>) -> Bool {
        categories.contains { category in
            category.lineage.contains(prefix) || prefix.lineage.contains(category)
        }
    }

    /// Units named by the routing that no units file defines (checked when the set has units files).
    private mutating func checkNotifyUnits(_ file: NotifyFile) {
        guard !unitsFiles.isEmpty, unreadableFiles == 0, !unitsFiles.contains(where: \.hasUnitWithoutID) else { return }
        let known = unitsFiles.flatMap(\.mentions).map(\.id)
        let set = Set(known)
        for (unit, position) in file.units where !set.contains(unit) {
            let hint = closestMatch(to: unit, among: known).map { "did you mean '\($0)'? " } ?? ""
            report("unknown unit '\(unit)'; \(hint)give the id of a unit of the units file (kind: units)", at: position)
        }
    }

    /// Receivers of the roster's leaders that the routing does not define.
    private mutating func checkRosterReceivers(_ file: NotifyFile) {
        for roster in rosterFiles {
            for (_, name, position) in roster.receivers where !file.receiverNames.contains(name) {
                let hint = closestMatch(to: name, among: file.receiverNames).map { "did you mean '\($0)'? " } ?? ""
                report("unknown receiver '\(name)'; \(hint)define it under 'receivers' in \(file.position.file)", at: position)
            }
        }
    }
}
