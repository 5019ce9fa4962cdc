/// Where entries go: linking a cell into the list its deadline calls for, and unlinking it, keeping the
/// occupancy bitmaps and the overflow floor in step.
extension TimerWheel {
    /// Links the unlinked cell at `index`, due at `deadline`, into the list its deadline calls for at ``now``.
    @inlinable
    mutating func place(_ index: Int32, deadline: UInt64) {
        guard deadline > now else {
            slab.append(index, to: geometry.overdueList)
            return
        }
        let level = geometry.level(of: deadline, now: now)
        guard level < geometry.levelCount else {
            slab.append(index, to: geometry.overflowList)
            overflowFloor = min(overflowFloor, geometry.spanStart(of: deadline))
            return
        }
        let slot = geometry.slot(of: deadline, level: level)
        slab.append(index, to: level * WheelGeometry.slotsPerLevel + slot)
        occupancy[level] |= 1 << UInt64(slot)
    }

    /// Unlinks the cell at `index` from whatever list holds it.
    @inlinable
    mutating func remove(_ index: Int32) {
        let (list, isEmpty) = slab.unlink(index)
        guard isEmpty else { return }
        if list < geometry.slotListCount {
            let level = list / WheelGeometry.slotsPerLevel
            occupancy[level] &= ~(1 << UInt64(list % WheelGeometry.slotsPerLevel))
        } else if list == geometry.overflowList {
            overflowFloor = .max
        }
    }
}
