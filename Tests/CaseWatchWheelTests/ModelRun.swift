import CaseWatchTesting
import Testing

@testable import CaseWatchWheel

/// Drives a wheel and the reference model through the same random operations and checks, after each, that
/// they agree: fire sets and order, deadlines, counts, stale handles and what ``TimerWheel/nextExpiry()``
/// promises.
///
/// A run may be cancel-heavy, with a wheel that compacts its dead cells often; it counts the compactions
/// and the cancels made in the overdue and overflow lists so that tests can check they happened.
struct ModelRun {
    /// The mix of operations a run draws from.
    enum Mix {
        /// Mostly schedules and advances, some cancels and reschedules.
        case balanced
        /// As many cancels as schedules, and fewer advances: dead cells pile up and compactions run.
        case cancelHeavy
    }

    /// The wheel under test; payloads are timer ids.
    private(set) var wheel: TimerWheel<Int>
    /// The model it must agree with.
    private(set) var model: ReferenceTimers
    /// The handle of every timer ever scheduled, by id.
    private var handles: [Int: TimerHandle] = [:]
    /// Ids of the timers the model still holds.
    private var live: [Int] = []
    /// Ids of timers that fired or were cancelled.
    private var dead: [Int] = []
    /// The random source.
    private var random: SeededGenerator
    /// Deadlines used before, drawn again to make ties.
    private var usedDeadlines: [UInt64] = []
    /// Operations done.
    private(set) var operations = 0
    /// Timers fired.
    private(set) var fired = 0
    /// The operation mix.
    private let mix: Mix
    /// Whether a timer due at or before the clock was cancelled since the last advance: its dead cell may
    /// still hold `nextExpiry()` at ``TimerWheel/now``.
    private var cancelledOverdue = false
    /// Cancels of timers in the overdue list.
    private(set) var overdueCancels = 0
    /// Cancels of timers in the overflow list.
    private(set) var overflowCancels = 0
    /// Reschedules made while dead cells were linked.
    private(set) var reschedulesAmongDead = 0

    /// A run on a wheel of `levels` levels starting at tick `start`, drawing from `seed`; the wheel compacts
    /// at the default floor unless given `compactionFloor`.
    init(levels: Int, seed: UInt64, start: UInt64, mix: Mix = .balanced, compactionFloor: Int? = nil) {
        wheel = TimerWheel(
            now: start, levels: levels,
            compactionFloor: compactionFloor ?? TimerWheel<Int>.defaultCompactionFloor)
        model = ReferenceTimers(now: start)
        random = SeededGenerator(seed: seed)
        self.mix = mix
    }

    /// Performs `count` random operations, checking after each.
    mutating func run(_ count: Int) {
        for _ in 0..<count {
            step()
            operations += 1
            checkAgreement()
        }
    }

    /// Advances both to `tick` and checks that the same timers fire in the same order.
    mutating func advance(to tick: UInt64) {
        var firings: [Fired] = []
        var firedHandles: [TimerHandle] = []
        wheel.advance(to: tick) { handle, payload, deadline in
            firings.append(Fired(id: payload, deadline: deadline))
            firedHandles.append(handle)
        }
        let expected = model.advance(to: tick)
        #expect(firings == expected, "advance to \(tick), operation \(operations)")
        for (firing, handle) in zip(firings, firedHandles) {
            #expect(handles[firing.id] == handle, "timer \(firing.id) fired with the wrong handle")
            #expect(firing.deadline <= tick, "timer \(firing.id) fired early")
        }
        let firedIDs = Set(firings.map(\.id))
        live.removeAll { firedIDs.contains($0) }
        dead.append(contentsOf: firings.map(\.id))
        fired += firings.count
        cancelledOverdue = false
        #expect(wheel.now == model.now)
        if let next = wheel.nextExpiry() {
            #expect(next > wheel.now, "nextExpiry \(next) not past the tick \(wheel.now) just reached")
        }
    }

    /// One random operation.
    private mutating func step() {
        let draw = Int.random(in: 0..<100, using: &random)
        if mix == .cancelHeavy {
            cancelHeavyStep(draw)
            return
        }
        switch draw {
        case 0..<38: schedule()
        case 38..<50: cancelLive()
        case 50..<62: rescheduleLive()
        case 62..<67: poke(handleOf: dead.randomElement(using: &random))
        case 67..<75: advance(to: wheel.nextExpiry() ?? wheel.now)
        case 75..<90: advance(to: wheel.now &+ UInt64.random(in: 0...3, using: &random))
        case 90..<96: advance(to: wheel.now &+ UInt64.random(in: 0...100_000, using: &random))
        case 96..<99: advance(to: wheel.now &+ UInt64.random(in: 0...Self.yearOfSeconds, using: &random))
        default: advance(to: wheel.now &+ UInt64.random(in: 0...(4 * wheel.span), using: &random))
        }
    }

    /// One random operation of the cancel-heavy mix: as many cancels as schedules, few and short advances.
    private mutating func cancelHeavyStep(_ draw: Int) {
        switch draw {
        case 0..<40: schedule()
        case 40..<80: cancelLive()
        case 80..<90: rescheduleLive()
        case 90..<92: poke(handleOf: dead.randomElement(using: &random))
        case 92..<97: advance(to: wheel.now &+ UInt64.random(in: 0...3, using: &random))
        case 97..<99: advance(to: wheel.nextExpiry() ?? wheel.now)
        default: advance(to: wheel.now &+ UInt64.random(in: 0...Self.yearOfSeconds, using: &random))
        }
    }

    /// A year of one-second ticks.
    static let yearOfSeconds: UInt64 = 365 * 86_400

    /// A deadline from 0 ticks to beyond the wheel's span ahead, including the past and repeats for ties.
    private mutating func randomDeadline() -> UInt64 {
        let now = wheel.now
        let deadline: UInt64
        switch Int.random(in: 0..<100, using: &random) {
        case 0..<8: deadline = now - UInt64.random(in: 0...min(now, 5_000), using: &random)
        case 8..<12: deadline = now
        case 12..<40: deadline = now + UInt64.random(in: 1...64, using: &random)
        case 40..<60: deadline = now + UInt64.random(in: 1...100_000, using: &random)
        case 60..<75: deadline = now + UInt64.random(in: 1...(Self.yearOfSeconds + 86_400), using: &random)
        case 75..<82: deadline = now + UInt64.random(in: wheel.span...(4 * wheel.span), using: &random)
        case 82..<88:
            // A multiple of a level's slot width: where cascading and firing meet.
            let width = UInt64(1) << UInt64(6 * Int.random(in: 1...5, using: &random))
            deadline = (now / width + UInt64.random(in: 0...3, using: &random)) * width
        default: deadline = usedDeadlines.randomElement(using: &random) ?? now
        }
        if usedDeadlines.count < 64 { usedDeadlines.append(deadline) } else {
            usedDeadlines[Int.random(in: 0..<64, using: &random)] = deadline
        }
        return deadline
    }

    /// Schedules a new timer at a random deadline.
    private mutating func schedule() {
        let id = handles.count
        let deadline = randomDeadline()
        handles[id] = wheel.schedule(id, at: deadline)
        model.schedule(id, at: deadline)
        live.append(id)
    }

    /// Cancels a random pending timer.
    private mutating func cancelLive() {
        guard let slot = live.indices.randomElement(using: &random) else { return }
        let id = live.remove(at: slot)
        let deadline = model.deadline(of: id)!
        if deadline <= wheel.now {
            cancelledOverdue = true
            overdueCancels += 1
        } else if wheel.geometry.level(of: deadline, now: wheel.now) >= wheel.geometry.levelCount {
            overflowCancels += 1
        }
        #expect(wheel.payload(of: handles[id]!) == id)
        let cancelled = wheel.cancel(handles[id]!)
        let wasPending = model.cancel(id)
        #expect(cancelled)
        #expect(wasPending)

        dead.append(id)
        poke(handleOf: id)
    }

    /// Reschedules a random pending timer to a random deadline.
    private mutating func rescheduleLive() {
        guard let id = live.randomElement(using: &random) else { return }
        let deadline = randomDeadline()
        if wheel.deadCount > 0 { reschedulesAmongDead += 1 }
        let moved = wheel.reschedule(handles[id]!, to: deadline)
        let modelMoved = model.reschedule(id, to: deadline)
        #expect(moved)
        #expect(modelMoved)
    }

    /// Checks that the handle of a fired or cancelled timer is rejected everywhere and changes nothing.
    private mutating func poke(handleOf id: Int?) {
        guard let id, let handle = handles[id] else { return }
        let count = wheel.count
        #expect(wheel.deadline(of: handle) == nil)
        #expect(wheel.payload(of: handle) == nil)
        let moved = wheel.reschedule(handle, to: wheel.now + 1)
        let cancelled = wheel.cancel(handle)
        #expect(moved == false)
        #expect(cancelled == false)
        #expect(wheel.count == count)
    }

    /// Checks count, deadlines, the structure and the promises of `nextExpiry()`.
    private func checkAgreement() {
        #expect(wheel.count == model.pending.count)
        if operations % 16 == 0 {
            #expect(wheel.invariantViolations() == [])
            for entry in model.pending {
                #expect(wheel.deadline(of: handles[entry.id]!) == entry.deadline)
            }
        }
        let next = wheel.nextExpiry()
        guard let earliest = model.earliest else {
            #expect(next == nil)
            return
        }
        guard let next else {
            Issue.record("nextExpiry is nil with \(model.pending.count) timers pending")
            return
        }
        #expect(next <= max(earliest, wheel.now), "nextExpiry \(next) later than the earliest deadline \(earliest)")
        if earliest <= wheel.now {
            #expect(next == wheel.now)
        } else if cancelledOverdue {
            #expect(next >= wheel.now, "a cancelled overdue timer may hold nextExpiry at now until the next advance")
        } else {
            #expect(next > wheel.now)
        }
    }
}
