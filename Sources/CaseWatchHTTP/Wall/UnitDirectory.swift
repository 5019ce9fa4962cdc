import CaseWatchCore

/// The unit tree as the wall reads it: a unit's name, and its district (its ancestor of level `district`,
/// itself when it is one; nil for the city and its departments).
struct UnitDirectory: Sendable {
    private let units: [UnitID: OrgUnit]
    private let districtOf: [UnitID: UnitID]
    /// Every district, by id.
    let districts: [UnitID]

    /// The directory of `units` (the store's whole tree).
    init(_ units: [OrgUnit]) {
        var byID: [UnitID: OrgUnit] = [:]
        for unit in units { byID[unit.id] = unit }
        var districtOf: [UnitID: UnitID] = [:]
        for unit in units {
            var current: OrgUnit? = unit
            var steps = 0
            while let walking = current, steps <= units.count {
                if walking.level == .district {
                    districtOf[unit.id] = walking.id
                    break
                }
                current = walking.parent.flatMap { byID[$0] }
                steps += 1
            }
        }
        self.units = byID
        self.districtOf = districtOf
        districts = units.filter { $0.level == .district }.map(\.id).sorted()
    }

    /// The unit's name (its id when the tree does not hold it).
    func name(of unit: UnitID) -> String {
        units[unit]?.name ?? unit.rawValue
    }

    /// The unit's district, nil when it is under none.
    func district(of unit: UnitID) -> UnitID? {
        districtOf[unit]
    }
}
