/// A full consistency check of the wheel's structure, for tests: O(cells + slots).
extension TimerWheel {
    /// Every way the wheel's structure disagrees with its invariants, as sentences; empty when sound.
    func invariantViolations() -> [String] {
        var problems: [String] = []
        var linked = 0
        var dead = 0
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
                if entry.payload == nil { problems.append("linked cell \(index) holds no payload") }
                if entry.generation & 1 != 1 { problems.append("linked cell \(index) has even generation") }
                if slab.isDead(index) {
                    dead += 1
                    if slab.generations[Int(index)] != entry.generation &+ 1 {
                        problems.append("dead cell \(index): generation \(slab.generations[Int(index)]), cell's \(entry.generation)")
                    }
                }
                let expected = expectedList(for: entry.deadline)
                if expected != list {
                    problems.append("cell \(index) due \(entry.deadline) at now \(now) is in list \(list), not \(expected)")
                }
                if list == geometry.overflowList, overflowFloor > geometry.spanStart(of: entry.deadline) {
                    problems.append("overflow floor \(overflowFloor) above cell \(index) due \(entry.deadline)")
                }
            }
        }
        if dead != deadCount { problems.append("\(dead) dead cells linked, dead count \(deadCount)") }
        if linked != count + deadCount { problems.append("\(linked) cells linked, count \(count) + \(deadCount) dead") }
        if deadCount > count + compactionFloor { problems.append("\(deadCount) dead cells, \(count) pending") }
        if slab.generations.count != slab.entries.count { problems.append("generations and cells differ in number") }
        let inUse = slab.entries.filter { $0.list != EntrySlab<Payload>.freeList }.count
        if inUse != linked { problems.append("\(inUse) cells in use, \(linked) linked") }
        if slab.freeCells.count != slab.entries.count - inUse {
            problems.append("\(slab.freeCells.count) free cells listed, \(slab.entries.count - inUse) free")
        }
        for free in slab.freeCells {
            let index = Int32(free.index)
            if slab[index].list != EntrySlab<Payload>.freeList || slab[index].payload != nil {
                problems.append("listed free cell \(index) is in use")
            }
            if free.generation != slab.generations[Int(index)] &+ 1 || free.generation & 1 != 1 {
                problems.append("free cell \(index) would reuse generation \(free.generation)")
            }
        }
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
