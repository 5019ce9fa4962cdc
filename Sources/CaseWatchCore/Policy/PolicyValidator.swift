/// The consistency rules of a policy, checked all at once so that every problem is reported together.
enum PolicyValidator {
    static func problems(
        version: String,
        urgencies: [(Urgency, DeadlineTargets)],
        overrides: [CaseCategory: [Urgency: DeadlineTargets]],
        ladder: [LadderTier]
    ) -> [PolicyProblem] {
        var problems: [PolicyProblem] = []
        if version.isEmpty {
            problems.append(PolicyProblem(.version, "the policy has no version; set 'version', e.g. \"2026.1\""))
        }
        if urgencies.isEmpty {
            problems.append(PolicyProblem(.urgencies, "no urgency is defined; define at least one, e.g. 'normal'"))
        }
        var seen: Set<Urgency> = []
        for (urgency, targets) in urgencies {
            if !seen.insert(urgency).inserted {
                problems.append(PolicyProblem(.urgency(urgency), "urgency '\(urgency)' is defined twice"))
            }
            for kind in DeadlineKind.allCases where targets[kind] == nil {
                problems.append(PolicyProblem(
                    .urgency(urgency),
                    "urgency '\(urgency)' has no '\(kind)' deadline; every urgency sets both 'accept' and 'resolve'"
                ))
            }
        }
        for category in overrides.keys.sorted() {
            for (urgency, targets) in overrides[category]!.sorted(by: { $0.key < $1.key }) {
                if !seen.contains(urgency) {
                    problems.append(PolicyProblem(
                        .categoryOverride(category, urgency),
                        "category '\(category)' overrides urgency '\(urgency)', which the policy does not define; defined: \(urgencies.map(\.0.rawValue).joined(separator: ", "))"
                    ))
                } else if targets.accept == nil, targets.resolve == nil {
                    problems.append(PolicyProblem(
                        .categoryOverride(category, urgency),
                        "category '\(category)' sets no deadline for urgency '\(urgency)'; set 'accept' or 'resolve', or remove it"
                    ))
                }
            }
        }
        problems += ladderProblems(ladder)
        return problems
    }

    static func ladderProblems(_ ladder: [LadderTier]) -> [PolicyProblem] {
        var problems: [PolicyProblem] = []
        var names: Set<TierName> = []
        for (index, tier) in ladder.enumerated() {
            func problem(_ message: String) { problems.append(PolicyProblem(.ladderTier(index), message)) }
            if !names.insert(tier.name).inserted {
                problem("tier '\(tier.name)' appears twice; an escalation is identified by (case, cycle, tier), so each tier may appear once")
            }
            if index > 0, tier.name < ladder[index - 1].name {
                problem("tier '\(tier.name)' is listed after '\(ladder[index - 1].name)'; list tiers in the order warning, overdue, urge, leadership, notice")
            }
            switch (tier.name, tier.trigger) {
            case let (.warning, .percent(bp)) where bp <= 0 || bp >= 10_000:
                problem("tier 'warning' must fall before the deadline: 'at' between 0% and 100% (exclusive), e.g. 80%")
            case (.warning, .after):
                problem("tier 'warning' must fall before the deadline: use 'at: 80%', not 'after'")
            case let (.overdue, .percent(bp)) where bp != 10_000:
                problem("tier 'overdue' is the deadline itself: 'at: 100%'")
            case (.overdue, .after):
                problem("tier 'overdue' is the deadline itself: 'at: 100%', not 'after'")
            case let (.urge, .percent(bp)), let (.leadership, .percent(bp)), let (.notice, .percent(bp)):
                if bp <= 10_000 {
                    problem("tier '\(tier.name)' must fall after the deadline: 'after: <duration>' or 'at' above 100%")
                }
            default:
                break
            }
            if tier.name == .leadership, tier.action != .signoff {
                problem("tier 'leadership' raises the case for sign-off: its action must be 'signoff'")
            }
            if tier.action == .signoff, tier.signoffLevel == nil {
                problem("tier '\(tier.name)' asks for a sign-off but names no 'level' (e.g. district, city)")
            }
            if tier.action != .signoff, tier.signoffLevel != nil {
                problem("tier '\(tier.name)' names a sign-off 'level' but its action is '\(tier.action)'; remove 'level' or use action 'signoff'")
            }
            if tier.points.hundredths < 0 {
                problem("tier '\(tier.name)' has negative points; points are deducted, so write them as a positive number")
            }
        }
        problems += orderProblems(ladder)
        return problems
    }

    /// Tiers on the same deadline whose triggers can be compared must not go backwards.
    static func orderProblems(_ ladder: [LadderTier]) -> [PolicyProblem] {
        var problems: [PolicyProblem] = []
        for (index, tier) in ladder.enumerated() {
            guard let previous = ladder[..<index].last(where: { $0.deadline == tier.deadline }) else { continue }
            if let order = compare(previous.trigger, tier.trigger), order >= 0 {
                problems.append(PolicyProblem(
                    .ladderTier(index),
                    "tier '\(tier.name)' (\(tier.trigger)) does not fall after tier '\(previous.name)' (\(previous.trigger)) on the \(tier.deadline) deadline; each tier must fall later than the one before"
                ))
            }
        }
        return problems
    }

    /// Negative, zero or positive as `a` falls before, with or after `b`; nil when not comparable.
    static func compare(_ a: TierTrigger, _ b: TierTrigger) -> Int? {
        switch (a, b) {
        case let (.percent(x), .percent(y)): return x < y ? -1 : (x == y ? 0 : 1)
        case let (.percent(x), .after): return x <= 10_000 ? -1 : nil
        case let (.after, .percent(y)): return y <= 10_000 ? 1 : nil
        case let (.after(x), .after(y)):
            guard x.kind == y.kind else { return nil }
            return x.amount < y.amount ? -1 : (x.amount == y.amount ? 0 : 1)
        }
    }
}
