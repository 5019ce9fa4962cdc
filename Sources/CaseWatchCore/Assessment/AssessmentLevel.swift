/// The level of the unit tree an assessment's rows are at.
///
/// Rows at a level roll each unit up to its ancestor at that level (a community to its street, district
/// or city). A unit with no ancestor at the level is kept as it is: at `district`, a city department
/// (directly under the city) stays a row of its own, as does a unit missing from the tree.
public enum AssessmentLevel: String, Hashable, Sendable, CaseIterable {
    /// Every unit on its own.
    case unit
    /// Street offices (街道), with their communities.
    case street
    /// Districts (区), with their streets and communities.
    case district
    /// The whole city as one row.
    case city

    /// The tree level it rolls up to; nil for `unit`.
    public var unitLevel: UnitLevel? {
        switch self {
        case .unit: nil
        case .street: .street
        case .district: .district
        case .city: .city
        }
    }

    /// For each unit of `units`, the node it rolls up to at this level (itself when it has no ancestor
    /// there); units not in `units` are not in the map and are kept as they are by ``node(of:in:)``.
    public func nodes(of units: [OrgUnit]) -> [UnitID: UnitID] {
        guard let level = unitLevel else { return [:] }
        let byID = Dictionary(units.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        var nodes: [UnitID: UnitID] = [:]
        for unit in units {
            var current: OrgUnit? = unit
            var seen = 0
            while let node = current, node.level != level, seen <= units.count {
                current = node.parent.flatMap { byID[$0] }
                seen += 1
            }
            nodes[unit.id] = current?.level == level ? current!.id : unit.id
        }
        return nodes
    }
}
