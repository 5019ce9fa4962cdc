import CaseWatchCore

/// A small, valid supervision policy for the policy tests, and the pieces to build invalid ones.
enum PolicyFixture {
    static let normal = Urgency("normal")
    static let urgent = Urgency("urgent")
    static let road = CaseCategory("road")!
    static let pothole = CaseCategory("road.pothole")!

    static func duration(_ text: String) -> ClockDuration {
        do {
            return try DurationParser.parse(text)
        } catch {
            preconditionFailure("\(error)")
        }
    }

    static func targets(accept: String? = nil, resolve: String? = nil) -> DeadlineTargets {
        DeadlineTargets(accept: accept.map(duration), resolve: resolve.map(duration))
    }

    static let urgencies: [(Urgency, DeadlineTargets)] = [
        (normal, targets(accept: "2 working hours", resolve: "5 working days")),
        (urgent, targets(accept: "30m", resolve: "24h")),
    ]

    /// `road` resolves normal cases in 3 working days; `road.pothole` accepts them within 1 working hour.
    static let overrides: [CaseCategory: [Urgency: DeadlineTargets]] = [
        road: [normal: targets(resolve: "3 working days")],
        pothole: [normal: targets(accept: "1 working hour")],
    ]

    static func tier(
        _ name: TierName, _ trigger: TierTrigger, _ action: TierAction, points: Int = 0, level: String? = nil,
        on deadline: DeadlineKind = .resolve
    ) -> LadderTier {
        LadderTier(
            name: name, deadline: deadline, trigger: trigger, action: action,
            points: AssessmentPoints(hundredths: points), signoffLevel: level
        )
    }

    static let ladder: [LadderTier] = [
        tier(.warning, .percent(basisPoints: 8000), .warn),
        tier(.overdue, .percent(basisPoints: 10_000), .markOverdue, points: 200),
        tier(.urge, .after(duration("1 working day")), .urge, points: 100),
        tier(.leadership, .after(duration("3 working days")), .signoff, points: 500, level: "district"),
    ]

    static let extensions = ExtensionRule(maximum: duration("5 working days"), assessedAgainst: .original)

    static func policy(
        version: String = "2026.1",
        urgencies: [(Urgency, DeadlineTargets)] = urgencies,
        overrides: [CaseCategory: [Urgency: DeadlineTargets]] = overrides,
        ladder: [LadderTier] = ladder
    ) throws(PolicyProblems) -> Policy {
        try Policy(
            version: version, calendarName: "cn-mainland", urgencies: urgencies, overrides: overrides,
            extensions: extensions, ladder: ladder
        )
    }

    /// The problems a policy built from these parts has; empty when it is valid.
    static func problems(
        version: String = "2026.1",
        urgencies: [(Urgency, DeadlineTargets)] = urgencies,
        overrides: [CaseCategory: [Urgency: DeadlineTargets]] = overrides,
        ladder: [LadderTier] = ladder
    ) -> [PolicyProblem] {
        do {
            _ = try policy(version: version, urgencies: urgencies, overrides: overrides, ladder: ladder)
            return []
        } catch {
            return error.problems
        }
    }
}
