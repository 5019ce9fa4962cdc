import CaseWatchCore

/// Orders units so that every parent comes before its children.
package enum UnitTree {
    /// The units level by level from the top (depth in the given set, then id), each id once (the last
    /// one given wins).
    ///
    /// A parent missing from `units` must satisfy `isKnown` (it is stored already); its child then counts
    /// as a top unit of the set. Throws ``StoreError/unknownUnit(_:neededBy:)`` naming the first missing
    /// parent, or ``StoreError/unitCycle(_:)`` when parents loop.
    package static func topDown(
        _ units: [OrgUnit], isKnown: (UnitID) throws(StoreError) -> Bool = { _ in false }
    ) throws(StoreError) -> [OrgUnit] {
        var byID: [UnitID: OrgUnit] = [:]
        for unit in units { byID[unit.id] = unit }
        var depths: [UnitID: Int] = [:]
        for id in byID.keys.sorted() {
            try resolveDepth(of: id, in: byID, depths: &depths, isKnown: isKnown)
        }
        return byID.values.sorted { (depths[$0.id]!, $0.id) < (depths[$1.id]!, $1.id) }
    }

    /// The stored units (in any order) level by level from the top, as ``topDown(_:isKnown:)`` orders them;
    /// a stored tree with a missing parent or a loop is ``StoreError/corrupt(_:)``, since the writer never
    /// stores one.
    package static func storedTopDown(_ units: [OrgUnit]) throws(StoreError) -> [OrgUnit] {
        do throws(StoreError) {
            return try topDown(units)
        } catch {
            throw .corrupt("the stored unit tree is broken: \(error)")
        }
    }

    /// Walks up from `id` until a unit of known depth or a top unit, then fills in the path's depths.
    private static func resolveDepth(
        of id: UnitID, in byID: [UnitID: OrgUnit], depths: inout [UnitID: Int],
        isKnown: (UnitID) throws(StoreError) -> Bool
    ) throws(StoreError) {
        var path: [UnitID] = []
        var current = id
        var base = -1
        while depths[current] == nil {
            if let loopStart = path.firstIndex(of: current) {
                throw .unitCycle(Array(path[loopStart...]) + [current])
            }
            path.append(current)
            guard let parent = byID[current]!.parent else { break }
            guard byID[parent] != nil else {
                guard try isKnown(parent) else { throw .unknownUnit(parent, neededBy: "parent of unit '\(current)'") }
                break
            }
            current = parent
        }
        if let known = depths[current], path.last != current { base = known }
        for (offset, unit) in path.reversed().enumerated() {
            depths[unit] = base + 1 + offset
        }
    }
}
