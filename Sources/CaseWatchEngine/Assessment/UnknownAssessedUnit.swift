import CaseWatchCore

/// A unit record asked for a unit that is neither in the stored unit tree nor charged with any case:
/// scoring it would print a perfect score for a unit that does not exist (a typo, most often).
public struct UnknownAssessedUnit: Error, Sendable, Equatable, CustomStringConvertible {
    /// The unit asked for.
    public let unit: UnitID
    /// The stored units whose id shares its first part, the likeliest meant (at most five).
    public let suggestions: [UnitID]

    /// A refusal for `unit`, suggesting units of `known` that start like it.
    public init(unit: UnitID, known: [UnitID]) {
        self.unit = unit
        let stem = unit.rawValue.split(separator: ".").first.map(String.init) ?? unit.rawValue
        self.suggestions = Array(known.filter { $0.rawValue.hasPrefix(stem) }.sorted { $0.rawValue < $1.rawValue }.prefix(5))
    }

    /// What is wrong and how to fix it.
    public var description: String {
        var text = "unit '\(unit)' is not in the stored unit tree and no case was dispatched to it; give a unit id as `casewatch assess` lists it"
        if !suggestions.isEmpty { text += " (e.g. \(suggestions.map(\.rawValue).joined(separator: ", ")))" }
        return text
    }
}
