import CaseWatchCore

extension UnitLevel {
    /// The levels a unit of this level holds directly: the city holds departments and districts, a district
    /// streets, a street communities; departments and communities hold none.
    var childLevels: [UnitLevel] {
        switch self {
        case .city: [.department, .district]
        case .district: [.street]
        case .street: [.community]
        case .department, .community: []
        }
    }

    /// The level with its article, for messages: `the city`, `a district`.
    var withArticle: String {
        self == .city ? "the city" : "a \(rawValue)"
    }

    /// Why a unit of this level cannot stand directly under a unit of `parent` level (nil at the top of
    /// the tree), and where it belongs; nil when it can.
    func misplacement(under parent: (id: String, level: UnitLevel)?) -> String? {
        guard let parent else {
            return self == .city ? nil : "a top-level unit must be the city, not \(withArticle); \(placement)"
        }
        guard !parent.level.childLevels.contains(self) else { return nil }
        let holds = parent.level.childLevels.isEmpty
            ? "which holds no units"
            : "which holds \(parent.level.childLevels.map(\.plural).joined(separator: " and "))"
        return "\(withArticle) cannot be directly under '\(parent.id)' (\(parent.level.withArticle)), \(holds); \(placement)"
    }

    /// The level's plural, for messages: `streets`, `communities`.
    var plural: String {
        self == .community ? "communities" : (self == .city ? "cities" : rawValue + "s")
    }

    /// Where a unit of this level belongs.
    private var placement: String {
        switch self {
        case .city: "the city is the top of the tree"
        case .department, .district: "put it among the children of the city"
        case .street: "put it among the children of its district"
        case .community: "put it among the children of its street"
        }
    }
}
