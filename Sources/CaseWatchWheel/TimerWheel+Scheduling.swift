/// Scheduling, cancelling, rescheduling and looking up timers through their handles, each O(1) (cancel
/// amortized: see ``TimerWheel/compactIfNeeded()``).
extension TimerWheel {
    /// Schedules `payload` to fire at `tick` and returns the handle that names it.
    ///
    /// A `tick` at or before ``now`` fires at the next ``advance(to:_:)``, whatever tick it advances to.
    /// Timers due at the same tick fire in the order they were scheduled.
    @inlinable
    public mutating func schedule(_ payload: Payload, at tick: UInt64) -> TimerHandle {
        let handle = slab.allocate(payload, deadline: tick)
        place(Int32(handle.index), deadline: tick)
        pendingCount += 1
        return handle
    }

    /// Cancels the timer `handle` names and returns `true`, or returns `false` if it has already fired or
    /// been cancelled.
    ///
    /// O(1), and touches only the cell's 4-byte generation, never the cell: the handle is stale at once and
    /// the timer will not fire, but its cell (and its payload) stays linked, dead, until a walk of its list
    /// frees it (see ``compactIfNeeded()``). Meanwhile ``nextExpiry()`` may name a tick at which nothing
    /// fires, never a later one. Every cancel that leaves more dead cells than pending timers plus
    /// ``compactionFloor`` compacts, which is O(cells in use) but amortized O(1) per cancel.
    @inlinable @discardableResult
    public mutating func cancel(_ handle: TimerHandle) -> Bool {
        guard slab.kill(handle) else { return false }
        pendingCount -= 1
        deadCount += 1
        compactIfNeeded()
        return true
    }

    /// Moves the timer `handle` names to `tick` and returns `true`, or returns `false` if it has already
    /// fired or been cancelled.
    ///
    /// The handle stays valid. Among timers due at the same tick, a rescheduled one ranks as if scheduled
    /// now (after those already there); a `tick` at or before ``now`` fires at the next advance.
    @inlinable
    public mutating func reschedule(_ handle: TimerHandle, to tick: UInt64) -> Bool {
        guard let index = slab.liveIndex(of: handle) else { return false }
        remove(index)
        slab.setDeadline(tick, of: index)
        place(index, deadline: tick)
        return true
    }

    /// The tick at which the timer `handle` names is due, or `nil` if it has already fired or been cancelled.
    @inlinable
    public func deadline(of handle: TimerHandle) -> UInt64? {
        slab.liveIndex(of: handle).map { slab[$0].deadline }
    }

    /// The payload of the timer `handle` names, or `nil` if it has already fired or been cancelled.
    @inlinable
    public func payload(of handle: TimerHandle) -> Payload? {
        slab.liveIndex(of: handle).flatMap { slab[$0].payload }
    }
}
