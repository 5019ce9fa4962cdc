import Testing

@testable import CaseWatchWheel

/// What `nextExpiry()` returns, and timers scheduled at or before the clock.
@Suite("Next expiry and overdue timers")
struct TimerWheelExpiryTests {
    @Test func emptyWheelHasNoExpiry() {
        let wheel = TimerWheel<Int64>(now: 99)
        #expect(wheel.nextExpiry() == nil)
        #expect(wheel.isEmpty)
    }

    @Test func levelZeroDeadlineIsExact() {
        var wheel = TimerWheel<Int64>(now: 64)
        _ = wheel.schedule(1, at: 100)
        _ = wheel.schedule(2, at: 90)
        #expect(wheel.nextExpiry() == 90)
    }

    @Test func higherLevelExpiryIsTheSlotStart() {
        var wheel = TimerWheel<Int64>(now: 10)
        _ = wheel.schedule(1, at: 5_000)
        // 5,000 is in level 2 (4,096-tick slots); the slot starts at 4,096: cascade there, fire at 5,000.
        #expect(wheel.nextExpiry() == 4_096)
        var fired: [UInt64] = []
        wheel.advance(to: 4_096) { fired.append($2) }
        #expect(fired.isEmpty)
        #expect(wheel.nextExpiry() == 4_992, "cascaded to level 1: its 64-tick slot starts at 4,992")
        wheel.advance(to: 4_992) { fired.append($2) }
        #expect(wheel.nextExpiry() == 5_000)
        wheel.advance(to: 5_000) { fired.append($2) }
        #expect(fired == [5_000])
    }

    @Test func pastAndPresentTicksFireAtTheNextAdvanceInDeadlineOrder() {
        var wheel = TimerWheel<String>(now: 1_000)
        _ = wheel.schedule("now-a", at: 1_000)
        _ = wheel.schedule("past-late", at: 990)
        _ = wheel.schedule("future", at: 1_001)
        _ = wheel.schedule("past-early", at: 3)
        _ = wheel.schedule("now-b", at: 1_000)
        #expect(wheel.nextExpiry() == 1_000, "overdue timers are due now")
        var fired: [String] = []
        wheel.advance(to: 1_000) { _, payload, _ in fired.append(payload) }
        #expect(fired == ["past-early", "past-late", "now-a", "now-b"])
        #expect(wheel.now == 1_000)
        #expect(wheel.nextExpiry() == 1_001)
    }

    @Test func clockNeverRunsBackwards() {
        var wheel = TimerWheel<Int64>(now: 500)
        _ = wheel.schedule(1, at: 400)
        var fired: [UInt64] = []
        wheel.advance(to: 100) { fired.append($2) }
        #expect(fired == [400])
        #expect(wheel.now == 500)
    }

    @Test func rescheduledTimerRanksAfterThoseAlreadyDueThen() {
        var wheel = TimerWheel<String>()
        let a = wheel.schedule("a", at: 300)
        _ = wheel.schedule("b", at: 300)
        _ = wheel.reschedule(a, to: 300)
        var fired: [String] = []
        wheel.advance(to: 300) { _, payload, _ in fired.append(payload) }
        #expect(fired == ["b", "a"])
    }

    @Test func cancellingTheEarliestOverflowTimerLeavesAnEarlyButHarmlessExpiry() {
        var wheel = TimerWheel<Int64>(levels: 1)
        let early = wheel.schedule(1, at: 200)
        _ = wheel.schedule(2, at: 1_000)
        #expect(wheel.nextExpiry() == 192)
        wheel.cancel(early)
        let next = wheel.nextExpiry()!
        #expect(next <= 960, "never later than the earliest deadline's span")
        var fired: [UInt64] = []
        wheel.advance(to: next) { fired.append($2) }
        #expect(fired.isEmpty)
        #expect(wheel.nextExpiry() == 960, "exact again once examined")
    }

    @Test func cancelledOverdueTimerHoldsTheExpiryAtNowUntilTheNextAdvance() {
        var wheel = TimerWheel<Int64>(now: 1_000)
        let past = wheel.schedule(1, at: 900)
        _ = wheel.schedule(2, at: 2_000)
        wheel.cancel(past)
        #expect(wheel.count == 1)
        #expect(wheel.nextExpiry() == 1_000, "the dead cell waits in the overdue list")
        var fired: [Int64] = []
        wheel.advance(to: 1_000) { _, payload, _ in fired.append(payload) }
        #expect(fired.isEmpty)
        #expect(wheel.deadCount == 0, "the advance freed it")
        #expect(wheel.nextExpiry()! > 1_000)
    }
}
