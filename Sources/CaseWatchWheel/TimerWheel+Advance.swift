/// Moving the clock forward: firing what falls due and cascading the rest towards finer levels.
extension TimerWheel {
    /// Moves the clock to `tick` and calls `fire` once for every timer due at or before it, with its handle
    /// (now stale), its payload and its deadline.
    ///
    /// Timers fire in deadline order, and those due at the same tick in the order they were scheduled (or
    /// last rescheduled). None fires early: each fires at the first advance that reaches its deadline. Empty
    /// time costs nothing: the clock jumps from one non-empty slot to the next through the occupancy bitmaps,
    /// O(levels) per slot, never tick by tick. A `tick` before ``now`` is taken as ``now``: the clock never
    /// runs backwards, but timers scheduled at or before ``now`` still fire.
    ///
    /// `fire` must not reach back into the wheel (it is being mutated); collect what it should do and do it
    /// after `advance` returns.
    @inlinable
    public mutating func advance(to tick: UInt64, _ fire: (TimerHandle, Payload, UInt64) -> Void) {
        let target = max(tick, now)
        fireOverdue(fire)
        while true {
            if let (level, slot) = firstOccupiedSlot() {
                let start = geometry.slotStart(level: level, slot: slot, now: now)
                guard start <= target else { break }
                currentTick = start
                occupancy[level] &= ~(1 << UInt64(slot))
                expireOrCascade(from: slab.detachAll(level * WheelGeometry.slotsPerLevel + slot), fire)
            } else if !slab.isEmpty(geometry.overflowList), overflowFloor <= target {
                let spanStart = earliestOverflowSpan()
                overflowFloor = spanStart
                guard spanStart <= target else { break }
                currentTick = spanStart
                enterSpan(fire)
            } else {
                break
            }
        }
        currentTick = target
        compactIfNeeded()
    }

    /// Fires the detached chain starting at `head`: entries due by ``now`` fire, the others are placed anew,
    /// dead cells are freed.
    @inlinable
    mutating func expireOrCascade(from head: Int32, _ fire: (TimerHandle, Payload, UInt64) -> Void) {
        var index = head
        while index != EntrySlab<Payload>.none {
            let next = slab[index].next
            let deadline = slab[index].deadline
            if slab.isDead(index) {
                sweep(index)
            } else if deadline <= now {
                expire(index, fire)
            } else {
                place(index, deadline: deadline)
            }
            index = next
        }
    }

    /// Frees the cell at `index` (already unlinked or detached) and fires it.
    @inlinable
    mutating func expire(_ index: Int32, _ fire: (TimerHandle, Payload, UInt64) -> Void) {
        let handle = slab.handle(of: index)
        let deadline = slab[index].deadline
        pendingCount -= 1
        fire(handle, slab.free(index), deadline)
    }

    /// Fires the timers scheduled at or before ``now`` since the last advance, in deadline order, those due
    /// at the same tick in the order they were scheduled; frees the dead cells among them.
    @inlinable
    mutating func fireOverdue(_ fire: (TimerHandle, Payload, UInt64) -> Void) {
        var index = slab.detachAll(geometry.overdueList)
        guard index != EntrySlab<Payload>.none else { return }
        var due: [(deadline: UInt64, index: Int32)] = []
        while index != EntrySlab<Payload>.none {
            let next = slab[index].next
            if slab.isDead(index) {
                sweep(index)
            } else {
                due.append((slab[index].deadline, index))
            }
            index = next
        }
        if !due.indices.dropFirst().allSatisfy({ due[$0 - 1].deadline <= due[$0].deadline }) {
            due = due.enumerated()
                .sorted { ($0.element.deadline, $0.offset) < ($1.element.deadline, $1.offset) }
                .map(\.element)
        }
        for entry in due {
            expire(entry.index, fire)
        }
    }

    /// The earliest span start among the overflow list's pending deadlines, or `.max` if it holds none;
    /// frees the dead cells on the way.
    @inlinable
    mutating func earliestOverflowSpan() -> UInt64 {
        var earliest = UInt64.max
        var index = slab.head(of: geometry.overflowList)
        while index != EntrySlab<Payload>.none {
            let next = slab[index].next
            if slab.isDead(index) {
                remove(index)
                sweep(index)
            } else {
                earliest = min(earliest, geometry.spanStart(of: slab[index].deadline))
            }
            index = next
        }
        return earliest
    }

    /// With the levels empty and the clock at the start of a span, moves the overflow entries of that span
    /// onto the levels (firing those due at exactly ``now``), frees dead cells and recomputes the overflow
    /// floor.
    @inlinable
    mutating func enterSpan(_ fire: (TimerHandle, Payload, UInt64) -> Void) {
        var remaining = UInt64.max
        var index = slab.head(of: geometry.overflowList)
        while index != EntrySlab<Payload>.none {
            let next = slab[index].next
            let spanStart = geometry.spanStart(of: slab[index].deadline)
            if slab.isDead(index) {
                remove(index)
                sweep(index)
            } else if spanStart == now {
                slab.unlink(index)
                let deadline = slab[index].deadline
                if deadline <= now {
                    expire(index, fire)
                } else {
                    place(index, deadline: deadline)
                }
            } else {
                remaining = min(remaining, spanStart)
            }
            index = next
        }
        overflowFloor = remaining
    }
}
