import CaseWatchTesting
import Testing

@testable import CaseWatchWheel

/// Long horizons: cascading from the top levels and the overflow list lands each timer on its exact tick.
@Suite("Timer wheel horizons")
struct TimerWheelHorizonTests {
    static let year: UInt64 = 365 * 86_400

    /// Advances by following `nextExpiry()` up to `target` and returns every (payload, deadline, tick of the
    /// advance that fired it).
    static func follow<P>(_ wheel: inout TimerWheel<P>, to target: UInt64) -> [(P, UInt64, UInt64)] {
        var fired: [(P, UInt64, UInt64)] = []
        while let tick = wheel.nextExpiry(), tick <= target {
            wheel.advance(to: tick) { fired.append(($1, $2, tick)) }
        }
        wheel.advance(to: target) { fired.append(($1, $2, target)) }
        return fired
    }

    @Test(arguments: [0, 1, 63, 4_095, 1_234_567] as [UInt64])
    func timerOneYearOutFiresAtItsTick(start: UInt64) {
        var wheel = TimerWheel<Int64>(now: start)
        let deadline = start + Self.year
        _ = wheel.schedule(1, at: deadline)
        var fired: [UInt64] = []
        wheel.advance(to: deadline - 1) { _, _, due in fired.append(due) }
        #expect(fired.isEmpty, "nothing fires a tick early")
        #expect(wheel.nextExpiry() == deadline, "after cascading, the next expiry is the deadline itself")
        wheel.advance(to: deadline) { _, _, due in fired.append(due) }
        #expect(fired == [deadline])
    }

    @Test func followingNextExpiryFiresAYearOutAtItsTick() {
        var wheel = TimerWheel<Int64>(now: 17)
        let deadline = 17 + Self.year
        _ = wheel.schedule(1, at: deadline)
        let fired = Self.follow(&wheel, to: 2 * Self.year)
        #expect(fired.map(\.1) == [deadline])
        #expect(fired.map(\.2) == [deadline], "fired by the advance to exactly its deadline")
    }

    @Test func overflowTimerFiresAtItsTick() {
        var wheel = TimerWheel<Int64>(now: 5)
        let deadline = 3 * wheel.span + 12_345
        _ = wheel.schedule(1, at: deadline)
        #expect(wheel.nextExpiry() == 3 * wheel.span, "asleep until the clock enters the deadline's span")
        let fired = Self.follow(&wheel, to: 4 * wheel.span)
        #expect(fired.map(\.2) == [deadline])
    }

    @Test func overflowTimerDueAtASpanStartFiresThere() {
        var wheel = TimerWheel<Int64>(levels: 1)
        _ = wheel.schedule(1, at: 128)
        _ = wheel.schedule(2, at: 130)
        let fired = Self.follow(&wheel, to: 1_000)
        #expect(fired.map(\.0) == [1, 2])
        #expect(fired.map(\.2) == [128, 130])
    }

    @Test func hugeJumpFiresEverythingInOrder() {
        var wheel = TimerWheel<Int>(now: 1_000)
        var random = SeededGenerator(seed: 42)
        var expected: [(UInt64, Int)] = []
        for id in 0..<20_000 {
            let deadline = 1_000 + random.next() % (3 * wheel.span)
            _ = wheel.schedule(id, at: deadline)
            expected.append((deadline, id))
        }
        expected.sort { $0 < $1 }
        var fired: [(UInt64, Int)] = []
        wheel.advance(to: 4 * wheel.span) { _, id, deadline in fired.append((deadline, id)) }
        #expect(fired.map(\.0) == expected.map(\.0))
        #expect(fired.map(\.1) == expected.map(\.1), "ties in schedule order")
        #expect(wheel.isEmpty)
        #expect(wheel.nextExpiry() == nil)
    }

    @Test func ownerAdvancingEveryTickSeesEachTimerAtItsTick() {
        var wheel = TimerWheel<Int>(now: 4_000)
        var random = SeededGenerator(seed: 9)
        var deadlines: [Int: UInt64] = [:]
        for id in 0..<2_000 {
            let deadline = 4_001 + UInt64.random(in: 0..<20_000, using: &random)
            _ = wheel.schedule(id, at: deadline)
            deadlines[id] = deadline
        }
        var late = 0
        for tick in UInt64(4_001)...24_001 {
            wheel.advance(to: tick) { _, id, deadline in
                if deadline != tick || deadlines[id] != tick { late += 1 }
            }
        }
        #expect(late == 0)
        #expect(wheel.isEmpty)
    }

    @Test func rescheduleMovesBetweenOverflowLevelsAndThePast() {
        var wheel = TimerWheel<String>(now: 10_000)
        let far = wheel.schedule("far", at: 10_000 + 5 * wheel.span)
        let near = wheel.schedule("near", at: 10_500)
        #expect(wheel.reschedule(far, to: 10_200) == true)
        #expect(wheel.reschedule(near, to: 10_000 + 2 * wheel.span) == true)
        let past = wheel.schedule("past", at: 20_000)
        #expect(wheel.reschedule(past, to: 9_000) == true)
        let fired = Self.follow(&wheel, to: 10_000 + 3 * wheel.span)
        #expect(fired.map(\.0) == ["past", "far", "near"])
        #expect(fired.map(\.2) == [10_000, 10_200, 10_000 + 2 * wheel.span])
    }

    @Test func idleTimeIsSkippedInFewSteps() {
        var wheel = TimerWheel<Int64>()
        _ = wheel.schedule(1, at: Self.year)
        var stops = 0
        while let tick = wheel.nextExpiry() {
            stops += 1
            wheel.advance(to: tick) { _, _, _ in }
        }
        #expect(stops <= 6, "one stop per level at most, not one per tick")
    }
}
