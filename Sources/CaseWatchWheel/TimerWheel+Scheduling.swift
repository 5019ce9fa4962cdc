/// Scheduling, cancelling, rescheduling and looking up timers through their handles, each O(1).
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

    /// Cancels the timer `handle` names and returns its payload, or `nil` if it has already fired or been
    /// cancelled.
    ///
    /// The handle is stale at once; the timer's cell is unlinked from its list together with other cancelled
    /// ones a little later (at most 64 cancels later, or at the next advance), so that their cache misses
    /// overlap.
    @inlinable @discardableResult
    public mutating func cancel(_ handle: TimerHandle) -> Payload? {
        guard let index = slab.liveIndex(of: handle) else { return nil }
        pendingCount -= 1
        let payload = slab.retire(index)
        if Int(slab[index].list) == geometry.overdueList {
            remove(index)
            slab.recycle(index)
        } else {
            unlinkLater(index)
        }
        return payload
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
