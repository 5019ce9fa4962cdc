import CaseWatchTesting
import Testing

@testable import CaseWatchWheel

/// Drives a wheel and the reference model through the same random operations and checks, after each, that
/// they agree: fire sets and order, deadlines, counts, stale handles and what ``TimerWheel/nextExpiry()``
/// promises.
struct ModelRun {
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

    /// A run on a wheel of `levels` levels starting at tick `start`, drawing from `seed`.
    init(levels: Int, seed: UInt64, start: UInt64) {
        wheel = TimerWheel(now: start, levels: levels)
        model = ReferenceTimers(now: start)
        random = SeededGenerator(seed: seed)
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
        #expect(wheel.now == model.now)
        if let next = wheel.nextExpiry() {
            #expect(next > wheel.now, "nextExpiry \(next) not past the tick \(wheel.now) just reached")
        }
    }

    /// One random operation.
    private mutating func step() {
        switch Int.random(in: 0..<100, using: &random) {
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
        let payload = wheel.cancel(handles[id]!)
        let wasPending = model.cancel(id)
        #expect(payload == id)
        #expect(wasPending)
        dead.append(id)
        poke(handleOf: id)
    }

    /// Reschedules a random pending timer to a random deadline.
    private mutating func rescheduleLive() {
        guard let id = live.randomElement(using: &random) else { return }
        let deadline = randomDeadline()
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
        let payload = wheel.cancel(handle)
        #expect(moved == false)
        #expect(payload == nil)
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
        #expect(earliest <= wheel.now ? next == wheel.now : next > wheel.now)
    }
}
