/// The obviously correct model the wheel is checked against: pending timers in an array sorted by
/// (deadline, schedule sequence), fired by taking its prefix.
struct ReferenceTimers {
    /// One pending timer of the model.
    struct Pending: Equatable {
        /// The tick it is due at.
        var deadline: UInt64
        /// When it was scheduled or last rescheduled, for ties.
        var sequence: Int
        /// The test's name for it, also the wheel payload.
        var id: Int
    }

    /// The pending timers, sorted by (deadline, sequence).
    private(set) var pending: [Pending] = []
    /// The model's clock.
    private(set) var now: UInt64
    /// The next schedule sequence number.
    private var nextSequence = 0

    /// An empty model whose clock reads `now`.
    init(now: UInt64) {
        self.now = now
    }

    /// The earliest pending deadline.
    var earliest: UInt64? { pending.first?.deadline }

    /// The deadline of timer `id`, if pending.
    func deadline(of id: Int) -> UInt64? {
        pending.first { $0.id == id }?.deadline
    }

    /// Schedules timer `id` at `tick`.
    mutating func schedule(_ id: Int, at tick: UInt64) {
        let entry = Pending(deadline: tick, sequence: nextSequence, id: id)
        nextSequence += 1
        let position = pending.firstIndex { ($0.deadline, $0.sequence) > (entry.deadline, entry.sequence) }
        pending.insert(entry, at: position ?? pending.endIndex)
    }

    /// Cancels timer `id`; whether it was pending.
    mutating func cancel(_ id: Int) -> Bool {
        guard let position = pending.firstIndex(where: { $0.id == id }) else { return false }
        pending.remove(at: position)
        return true
    }

    /// Moves timer `id` to `tick` as if newly scheduled; whether it was pending.
    mutating func reschedule(_ id: Int, to tick: UInt64) -> Bool {
        guard cancel(id) else { return false }
        schedule(id, at: tick)
        return true
    }

    /// Advances to `tick` (never backwards) and returns the (id, deadline) of every timer that fires, in order.
    mutating func advance(to tick: UInt64) -> [Fired] {
        now = max(now, tick)
        let due = pending.prefix { $0.deadline <= now }
        pending.removeFirst(due.count)
        return due.map { Fired(id: $0.id, deadline: $0.deadline) }
    }
}

/// One firing as the tests compare them: which timer, and the deadline reported.
struct Fired: Equatable, CustomStringConvertible {
    /// The timer's id (its payload).
    var id: Int
    /// The deadline it fired for.
    var deadline: UInt64

    /// `id@deadline`.
    var description: String { "\(id)@\(deadline)" }
}
