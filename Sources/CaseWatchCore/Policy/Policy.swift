/// Which deadline assessment judges a case against once an extension (延期) was granted.
public enum ExtensionAssessment: String, Hashable, Sendable, CaseIterable {
    /// The deadline before the extension.
    case original
    /// The extended deadline.
    case extended
}

/// The rules for extensions a unit may request before its deadline.
public struct ExtensionRule: Hashable, Sendable {
    /// The longest extension that may be granted.
    public let maximum: ClockDuration
    /// Which deadline assessment uses after an extension.
    public let assessedAgainst: ExtensionAssessment

    /// Creates the rule.
    public init(maximum: ClockDuration, assessedAgainst: ExtensionAssessment) {
        self.maximum = maximum
        self.assessedAgainst = assessedAgainst
    }
}

/// A versioned supervision policy: deadlines per urgency with per-category overrides, extension rules and
/// the escalation ladder. Cases pin the version they were registered under.
public struct Policy: Sendable {
    /// The policy's version, pinned by each case.
    public let version: String
    /// The first local date on which cases are registered under this policy; nil for "always".
    public let effectiveFrom: LocalDate?
    /// The name of the work calendar the deadlines run on.
    public let calendarName: String
    /// The urgencies in the order the policy lists them.
    public let urgencies: [Urgency]
    /// Each urgency's default targets; every one sets both deadlines.
    public let defaults: [Urgency: DeadlineTargets]
    /// Per-category overrides, per urgency; a category inherits what it does not set from its ancestors.
    public let overrides: [CaseCategory: [Urgency: DeadlineTargets]]
    /// Extension rules.
    public let extensions: ExtensionRule
    /// The escalation ladder, in the order tiers fire.
    public let ladder: [LadderTier]
    /// How long sign-offs and supervision orders run.
    public let signoffs: SignoffRule
    /// Whether only deadlines set explicitly at dispatch count: a case without one has no deadline and
    /// no escalation (a city's own history judged by its own deadlines). Never set from YAML; see
    /// ``explicitDeadlinesVariant()``.
    public let explicitDeadlinesOnly: Bool

    /// The version suffix of the explicit-deadlines variant of a policy.
    public static let explicitSuffix = "+explicit"

    /// This policy with only explicit deadlines counting, under the version `<version>+explicit`.
    public func explicitDeadlinesVariant() -> Policy {
        Policy(variantOf: self, version: version + Policy.explicitSuffix, explicitDeadlinesOnly: true)
    }

    /// A copy of a validated policy under another version.
    private init(variantOf base: Policy, version: String, explicitDeadlinesOnly: Bool) {
        self.version = version
        self.effectiveFrom = base.effectiveFrom
        self.calendarName = base.calendarName
        self.urgencies = base.urgencies
        self.defaults = base.defaults
        self.overrides = base.overrides
        self.extensions = base.extensions
        self.ladder = base.ladder
        self.signoffs = base.signoffs
        self.explicitDeadlinesOnly = explicitDeadlinesOnly
    }

    /// Creates a policy after checking every rule; throws all problems found at once.
    public init(
        version: String,
        effectiveFrom: LocalDate? = nil,
        calendarName: String,
        urgencies: [(Urgency, DeadlineTargets)],
        overrides: [CaseCategory: [Urgency: DeadlineTargets]],
        extensions: ExtensionRule,
        ladder: [LadderTier],
        signoffs: SignoffRule = .standard
    ) throws(PolicyProblems) {
        let problems = PolicyValidator.problems(
            version: version, urgencies: urgencies, overrides: overrides, ladder: ladder
        )
        guard problems.isEmpty else { throw PolicyProblems(problems: problems) }
        self.version = version
        self.effectiveFrom = effectiveFrom
        self.calendarName = calendarName
        self.urgencies = urgencies.map(\.0)
        self.defaults = Dictionary(urgencies, uniquingKeysWith: { first, _ in first })
        self.overrides = overrides
        self.extensions = extensions
        self.ladder = ladder
        self.signoffs = signoffs
        self.explicitDeadlinesOnly = false
    }
}
