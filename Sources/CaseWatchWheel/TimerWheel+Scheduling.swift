/// Scheduling, cancelling, rescheduling and looking up timers through their handles, each O(1).
extension TimerWheel {
    /// Schedules `payload` to fire at `tick` and returns the handle that names it.
    ///
    /// A `tick` at or before ``now`` fires at the next ``advance(to:_:)``, whatever tick it advances to.
    /// Timers due at the same tick fire in the order they were scheduled.
    public mutating func schedule(_ payload: Payload, at tick: UInt64) -> TimerHandle {
        let index = slab.allocate(payload, deadline: tick)
        place(index)
        count += 1
        return slab.handle(of: index)
    }

    /// Cancels the timer `handle` names and returns its payload, or `nil` if it has already fired or been
    /// cancelled.
    @discardableResult
    public mutating func cancel(_ handle: TimerHandle) -> Payload? {
        guard let index = slab.liveIndex(of: handle) else { return nil }
        remove(index)
        count -= 1
        return slab.free(index)
    }

    /// Moves the timer `handle` names to `tick` and returns `true`, or returns `false` if it has already
    /// fired or been cancelled.
    ///
    /// The handle stays valid. Among timers due at the same tick, a rescheduled one ranks as if scheduled
    /// now (after those already there); a `tick` at or before ``now`` fires at the next advance.
    public mutating func reschedule(_ handle: TimerHandle, to tick: UInt64) -> Bool {
        guard let index = slab.liveIndex(of: handle) else { return false }
        remove(index)
        slab.setDeadline(tick, of: index)
        place(index)
        return true
    }

    /// The tick at which the timer `handle` names is due, or `nil` if it has already fired or been cancelled.
    public func deadline(of handle: TimerHandle) -> UInt64? {
        slab.liveIndex(of: handle).map { slab[$0].deadline }
    }

    /// The payload of the timer `handle` names, or `nil` if it has already fired or been cancelled.
    public func payload(of handle: TimerHandle) -> Payload? {
        slab.liveIndex(of: handle).flatMap { slab[$0].payload }
    }
}
