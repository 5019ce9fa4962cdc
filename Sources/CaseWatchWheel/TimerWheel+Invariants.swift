/// A full consistency check of the wheel's structure, for tests: O(pending timers + slots).
extension TimerWheel {
    /// Every way the wheel's structure disagrees with its invariants, as sentences; empty when sound.
    func invariantViolations() -> [String] {
        var problems: [String] = []
        var linked = 0
        for list in 0..<geometry.listCount {
            let cells = slab.indices(in: list)
            linked += cells.count
            if list < geometry.slotListCount {
                let level = list / WheelGeometry.slotsPerLevel
                let bit = occupancy[level] >> UInt64(list % WheelGeometry.slotsPerLevel) & 1
                if (bit == 1) == cells.isEmpty { problems.append("list \(list): occupancy bit \(bit), \(cells.count) cells") }
            }
            for index in cells {
                let entry = slab[index]
                if entry.list != UInt16(list) { problems.append("cell \(index) in list \(list) says \(entry.list)") }
                let expected = expectedList(for: entry.deadline)
                if expected != list {
                    problems.append("cell \(index) due \(entry.deadline) at now \(now) is in list \(list), not \(expected)")
                }
                if list == geometry.overflowList, overflowFloor > geometry.spanStart(of: entry.deadline) {
                    problems.append("overflow floor \(overflowFloor) above cell \(index) due \(entry.deadline)")
                }
            }
        }
        let waiting = retired.count
        if linked != count + waiting { problems.append("\(linked) cells linked, count \(count) + \(waiting) retired") }
        let inUse = slab.entries.filter { $0.list != EntrySlab<Payload>.freeList }.count
        if inUse != count + waiting { problems.append("\(inUse) cells in use, count \(count) + \(waiting) retired") }
        if retired.contains(where: { slab[$0].payload != nil }) { problems.append("a retired cell holds a payload") }
        return problems
    }

    /// The list an entry due at `deadline` belongs to at the current ``now``.
    private func expectedList(for deadline: UInt64) -> Int {
        guard deadline > now else { return geometry.overdueList }
        let level = geometry.level(of: deadline, now: now)
        guard level < geometry.levelCount else { return geometry.overflowList }
        return level * WheelGeometry.slotsPerLevel + geometry.slot(of: deadline, level: level)
    }
}
