/// Which level of a policy a resolved target came from.
public enum TargetSource: Hashable, Sendable, CustomStringConvertible {
    /// A category override (the category itself or one of its ancestors).
    case category(CaseCategory)
    /// The urgency's default.
    case urgencyDefault(Urgency)

    /// `category road` or `urgency normal (default)`.
    public var description: String {
        switch self {
        case let .category(category): "category \(category)"
        case let .urgencyDefault(urgency): "urgency \(urgency) (default)"
        }
    }
}

/// A deadline duration together with the level of the policy that set it.
public struct ResolvedTarget: Hashable, Sendable {
    /// The duration.
    public let duration: ClockDuration
    /// Where it came from.
    public let source: TargetSource
}

extension Policy {
    /// The targets that apply to a case of `category` and `urgency`: for each deadline, the most specific
    /// category level that sets it (`road.pothole`, then `road`), else the urgency's default.
    ///
    /// - Throws: ``UnknownUrgencyError`` when the policy does not define the urgency.
    public func targets(
        category: CaseCategory?, urgency: Urgency
    ) throws(UnknownUrgencyError) -> [DeadlineKind: ResolvedTarget] {
        guard let fallback = defaults[urgency] else {
            throw UnknownUrgencyError(urgency: urgency, known: urgencies)
        }
        var resolved: [DeadlineKind: ResolvedTarget] = [:]
        for kind in DeadlineKind.allCases {
            let fromCategory = (category?.lineage ?? []).lazy.compactMap { level -> ResolvedTarget? in
                guard let duration = self.overrides[level]?[urgency]?[kind] else { return nil }
                return ResolvedTarget(duration: duration, source: .category(level))
            }.first
            resolved[kind] = fromCategory ?? ResolvedTarget(duration: fallback[kind]!, source: .urgencyDefault(urgency))
        }
        return resolved
    }
}
