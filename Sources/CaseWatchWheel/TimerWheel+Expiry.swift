/// Finding the next tick at which the wheel has work, in O(levels), so that its owner can sleep until then.
extension TimerWheel {
    /// The earliest tick at which ``advance(to:_:)`` has work to do, or `nil` when no timer is pending.
    ///
    /// Guarantees:
    /// - it is never later than the earliest pending deadline, so an owner that sleeps until it never fires
    ///   anything late;
    /// - it is ``now`` when a timer was scheduled at or before ``now`` since the last advance (even if that
    ///   timer has since been cancelled: its cell waits in the overdue list until the next advance or
    ///   compaction frees it), and otherwise later than ``now``;
    /// - it may be earlier than every deadline: it is then the start of a slot whose entries must cascade to
    ///   a finer level (or of a span whose overflow entries must move onto the levels, or of a slot or span
    ///   holding only cancelled timers whose cells are not yet freed), and advancing to it does that work,
    ///   fires whatever is due at exactly that tick, and moves ``nextExpiry()`` past it;
    /// - after `advance(to: t)`, it is `nil` or later than `t`, until something is scheduled at or before
    ///   `t`.
    ///
    /// So `while let tick = wheel.nextExpiry(), tick <= target { wheel.advance(to: tick) { … } }` reaches
    /// `target` through at most one stop per non-empty slot (and at most `levels` stops per timer).
    @inlinable
    public func nextExpiry() -> UInt64? {
        guard pendingCount > 0 else { return nil }
        if !slab.isEmpty(geometry.overdueList) { return now }
        if let (level, slot) = firstOccupiedSlot() {
            return geometry.slotStart(level: level, slot: slot, now: now)
        }
        return slab.isEmpty(geometry.overflowList) ? nil : overflowFloor
    }

    /// The first non-empty slot of the finest non-empty level, which is the earliest slot of the wheel.
    ///
    /// Every entry on level `L` shares with ``now`` all digits above `L`, so it lies before the end of the
    /// level-`L + 1` slot the clock is in, and that is before the start of any occupied slot above `L`.
    /// Within a level every occupied slot is ahead of ``now``'s digit, so the lowest set bit is the earliest.
    @inlinable
    func firstOccupiedSlot() -> (level: Int, slot: Int)? {
        for level in 0..<geometry.levelCount where occupancy[level] != 0 {
            return (level, occupancy[level].trailingZeroBitCount)
        }
        return nil
    }
}
