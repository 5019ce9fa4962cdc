/// The escalation tiers CaseWatch knows, in their usual order.
public enum TierName: String, Hashable, Codable, Sendable, CaseIterable, Comparable, CustomStringConvertible {
    /// 预警: a warning before the deadline.
    case warning
    /// 超时: the deadline has passed (always at 100%).
    case overdue
    /// 催办: the unit is urged.
    case urge
    /// 提级督办: raised to leadership for sign-off.
    case leadership
    /// 通报: a public notice of the breach.
    case notice

    /// The Chinese term a 12345 office uses.
    public var chinese: String {
        switch self {
        case .warning: "预警"
        case .overdue: "超时"
        case .urge: "催办"
        case .leadership: "提级督办"
        case .notice: "通报"
        }
    }

    /// Orders tiers as listed.
    public static func < (lhs: TierName, rhs: TierName) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }

    /// The name used in policies.
    public var description: String { rawValue }
}

/// What happens when a tier fires.
public enum TierAction: String, Hashable, Sendable, CaseIterable, CustomStringConvertible {
    /// Remind the unit that the deadline is near.
    case warn
    /// Record the case as overdue against the unit.
    case markOverdue = "mark-overdue"
    /// Urge the unit to act (催办).
    case urge
    /// Raise the case to leadership, which must sign off a supervision order (批示).
    case signoff
    /// Publish a notice of the breach (通报).
    case notice

    /// The name used in policies.
    public var description: String { rawValue }
}

/// When a tier falls due, relative to one of the case's deadlines.
public enum TierTrigger: Hashable, Sendable, CustomStringConvertible {
    /// At a share of the deadline's budget, in hundredths of a percent (8000 = 80%, 10000 = the deadline).
    case percent(basisPoints: Int)
    /// A duration after the deadline, on its own clock.
    case after(ClockDuration)

    /// `80%` or `after 1 working day`.
    public var description: String {
        switch self {
        case let .percent(bp):
            bp % 100 == 0 ? "\(bp / 100)%" : "\(bp / 100).\(pad(bp % 100, 2))%"
        case let .after(duration):
            "\(duration) after"
        }
    }
}

/// Assessment points, held exactly in hundredths (2.5 points = 250).
public struct AssessmentPoints: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// Hundredths of a point.
    public let hundredths: Int

    /// Wraps hundredths of a point.
    public init(hundredths: Int) { self.hundredths = hundredths }

    /// Orders by value.
    public static func < (lhs: AssessmentPoints, rhs: AssessmentPoints) -> Bool { lhs.hundredths < rhs.hundredths }

    /// `2`, `2.5`, `0.25`.
    public var description: String {
        let whole = "\(hundredths / 100)"
        let fraction = abs(hundredths % 100)
        if fraction == 0 { return whole }
        let sign = hundredths < 0 && hundredths / 100 == 0 ? "-" : ""
        return sign + whole + "." + (fraction % 10 == 0 ? "\(fraction / 10)" : pad(fraction, 2))
    }
}

/// One rung of the escalation ladder (升级阶梯), as a policy defines it.
public struct LadderTier: Hashable, Sendable {
    /// The tier.
    public let name: TierName
    /// The deadline it is measured against.
    public let deadline: DeadlineKind
    /// When it falls due.
    public let trigger: TierTrigger
    /// What it does.
    public let action: TierAction
    /// The points it deducts from the unit's assessment.
    public let points: AssessmentPoints
    /// For a sign-off, the leadership level that must sign (e.g. `district`, `city`).
    public let signoffLevel: String?

    /// Creates a tier.
    public init(
        name: TierName, deadline: DeadlineKind, trigger: TierTrigger, action: TierAction,
        points: AssessmentPoints, signoffLevel: String? = nil
    ) {
        self.name = name
        self.deadline = deadline
        self.trigger = trigger
        self.action = action
        self.points = points
        self.signoffLevel = signoffLevel
    }
}
