import CaseWatchCore
import CaseWatchWheel

/// The timers of open cases: at most one wheel entry per case, at the due instant of its next step, and the
/// one loop that takes due cases off the wheel in due order. The supervisor (the daemon) and the history
/// replay (its test oracle) both fire through it, so that they cannot drift apart.
///
/// One tick is one second (due instants are whole seconds). ``popDue(through:)`` hands out one due case at
/// a time, the earliest first, those due at the same instant in the order they were scheduled; the caller
/// judges it, then ``reschedule(_:firedAt:next:)`` puts its next step back. A step rescheduled at an instant
/// still within the limit is handed out in its turn, so a long catch-up fires every step in true due order.
/// Handing out allocates nothing once the buffer of one instant's cases has grown to its largest size.
struct CaseTimers {
    private var wheel: TimerWheel<CaseID>
    private var handles: [CaseID: TimerHandle]
    /// The cases taken off the wheel at one tick, waiting to be handed out from `cursor` on.
    private var taken: [(CaseID, UInt64)] = []
    private var cursor = 0

    /// Timers whose clock stands at `instant`: nothing scheduled at or after it is due yet.
    init(at instant: Instant) {
        wheel = TimerWheel<CaseID>(now: Self.tick(instant))
        handles = [:]
    }

    /// Timers holding `steps` (each case's next due instant, earliest first), whose clock starts just
    /// before the earliest of them or at `now`, whichever comes first, so that they are handed out in due
    /// order and none before its due instant.
    init(steps: [(caseID: CaseID, due: Instant)], now: Instant) {
        let start = min(Self.tick(now), steps.first.map { Self.tick($0.due) &- 1 } ?? .max)
        wheel = TimerWheel<CaseID>(now: start)
        wheel.reserveCapacity(steps.count)
        handles = Dictionary(minimumCapacity: steps.count)
        for (caseID, due) in steps {
            handles[caseID] = wheel.schedule(caseID, at: Self.tick(due))
        }
    }

    /// How many cases wait (on the wheel, or taken off it and not yet handed out).
    var count: Int { wheel.count + taken.count - cursor }

    /// The instant up to which cases have been taken off the wheel.
    var now: Instant { Instant(secondsSinceEpoch: Int64(wheel.now)) }

    /// The earliest instant at which ``popDue(through:)`` may hand out a case, nil when none waits. It may
    /// be earlier than every due instant (the wheel then has internal work at it), never later.
    var nextDue: Instant? {
        if cursor < taken.count { return Instant(secondsSinceEpoch: Int64(taken[cursor].1)) }
        return wheel.nextExpiry().map { Instant(secondsSinceEpoch: Int64($0)) }
    }

    /// Moves the case's entry to `due`, or takes it off the timers.
    mutating func schedule(_ caseID: CaseID, at due: Instant?) {
        if let handle = handles.removeValue(forKey: caseID) { _ = wheel.cancel(handle) }
        if let due { handles[caseID] = wheel.schedule(caseID, at: Self.tick(due)) }
    }

    /// Puts back the case just handed out at `firedAt`, at its `next` step's due instant, when that comes
    /// later (a step due by then was judged with it; scheduling it again would hand the case out again).
    mutating func reschedule(_ caseID: CaseID, firedAt: Instant, next: Instant?) {
        guard let next, Self.tick(next) > Self.tick(firedAt) else { return }
        schedule(caseID, at: next)
    }

    /// The earliest case due at or before `limit` and its due instant, taken off the timers; nil when none
    /// is due by then.
    mutating func popDue(through limit: Instant) -> (caseID: CaseID, due: Instant)? {
        let last = Self.tick(limit)
        while cursor == taken.count {
            guard let tick = wheel.nextExpiry(), tick <= last else { return nil }
            var collected = taken
            taken = []
            collected.removeAll(keepingCapacity: true)
            wheel.advance(to: tick) { _, caseID, deadline in collected.append((caseID, deadline)) }
            taken = collected
            cursor = 0
        }
        let (caseID, deadline) = taken[cursor]
        cursor += 1
        handles[caseID] = nil
        return (caseID, Instant(secondsSinceEpoch: Int64(deadline)))
    }

    /// The wheel tick of an instant (one tick a second; instants before the epoch are tick 0).
    static func tick(_ instant: Instant) -> UInt64 { UInt64(max(0, instant.secondsSinceEpoch)) }
}
