import CaseWatchCore
import Yams

/// The parts of a policy file that could be read, each with its node, before the core checks them
/// together as a ``Policy``.
struct PolicyDraft {
    var version: Located<String>?
    var effectiveFrom: Located<LocalDate>?
    var calendarName: Located<String>?
    /// The urgencies in file order, each with its key node.
    var urgencies: [Located<(Urgency, DeadlineTargets)>] = []
    /// The `urgencies` key, where a policy without urgencies is reported.
    var urgenciesKey: Node?
    /// Category overrides, each with the node of its urgency key under the category.
    var overrides: [CaseCategory: [Urgency: Located<DeadlineTargets>]] = [:]
    var extensions: Located<ExtensionRule>?
    /// The tiers that could be read, each with its list item.
    var ladder: [Located<LadderTier>] = []
    /// The sign-off rule, when the file sets one.
    var signoffs: SignoffRule?
    /// Places whose own problems were already reported; the core's findings there would only repeat them.
    var reported: Set<PolicyLocation> = []

    /// The node a core ``PolicyProblem`` concerns, if the draft knows it.
    func node(for location: PolicyLocation) -> Node? {
        switch location {
        case .version: version?.node
        case .urgencies: urgenciesKey
        case let .urgency(urgency): urgencies.first { $0.value.0 == urgency }?.node
        case let .categoryOverride(category, urgency): overrides[category]?[urgency]?.node
        case .extensions: extensions?.node
        case let .ladderTier(index): ladder.indices.contains(index) ? ladder[index].node : nil
        }
    }
}
