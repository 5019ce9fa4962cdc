import Testing

@testable import CaseWatchWheel

/// Handles: stale after fire or cancel, cells reused under a new generation, counts exact.
@Suite("Timer handles")
struct TimerWheelHandleTests {
    @Test func handleIsStaleAfterCancel() {
        var wheel = TimerWheel<Int64>()
        let handle = wheel.schedule(7, at: 100)
        #expect(wheel.count == 1)
        #expect(wheel.cancel(handle) == true)
        #expect(wheel.count == 0)
        #expect(wheel.cancel(handle) == false)
        #expect(wheel.reschedule(handle, to: 5) == false)
        #expect(wheel.deadline(of: handle) == nil)
        var fired = 0
        wheel.advance(to: 1_000) { _, _, _ in fired += 1 }
        #expect(fired == 0)
    }

    @Test func handleIsStaleAfterFiring() {
        var wheel = TimerWheel<Int64>()
        let handle = wheel.schedule(7, at: 100)
        var firedHandles: [TimerHandle] = []
        wheel.advance(to: 100) { handle, _, _ in firedHandles.append(handle) }
        #expect(firedHandles == [handle])
        #expect(wheel.cancel(handle) == false)
        #expect(wheel.reschedule(handle, to: 500) == false)
        #expect(wheel.isEmpty)
    }

    @Test func reusedCellGetsNewGeneration() {
        var wheel = TimerWheel<String>()
        let first = wheel.schedule("first", at: 10)
        wheel.cancel(first)
        wheel.advance(to: 10) { _, _, _ in }  // the advance that reaches its slot frees the cancelled cell
        let second = wheel.schedule("second", at: 20)
        #expect(second.index == first.index, "the freed cell is reused")
        #expect(second != first)
        #expect(wheel.cancel(first) == false, "the old handle does not reach the new timer")
        #expect(wheel.reschedule(first, to: 30) == false)
        #expect(wheel.deadline(of: second) == 20)
        #expect(wheel.payload(of: second) == "second")
        #expect(wheel.cancel(second) == true)
        #expect(wheel.payload(of: second) == nil)
    }

    @Test func rescheduleKeepsTheHandle() {
        var wheel = TimerWheel<Int64>(now: 1_000)
        let handle = wheel.schedule(1, at: 5_000_000)
        let moved = wheel.reschedule(handle, to: 1_500)
        #expect(moved)
        #expect(wheel.deadline(of: handle) == 1_500)
        var fired: [(TimerHandle, UInt64)] = []
        wheel.advance(to: 2_000) { fired.append(($0, $2)) }
        #expect(fired.map(\.0) == [handle])
        #expect(fired.map(\.1) == [1_500])
    }

    @Test func firedCellIsReusedUnderANewGeneration() {
        var wheel = TimerWheel<Int64>()
        let first = wheel.schedule(1, at: 10)
        wheel.advance(to: 10) { _, _, _ in }
        let second = wheel.schedule(2, at: 20)
        #expect(second.index == first.index)
        #expect(wheel.deadline(of: first) == nil)
        #expect(wheel.deadline(of: second) == 20)
    }

    @Test func manyCancelsBetweenAdvancesKeepTheWheelSound() {
        var wheel = TimerWheel<Int64>()
        let handles = (0..<1_000).map { wheel.schedule(Int64($0), at: 1_000 + UInt64($0 % 7) * 4_096) }
        for handle in handles where handle.index % 3 != 0 { wheel.cancel(handle) }
        #expect(wheel.invariantViolations() == [])
        #expect(wheel.count == 334)
        let reused = (0..<500).map { wheel.schedule(Int64($0), at: 2_000) }
        #expect(Set(reused.map(\.index)).count == 500)
        #expect(reused.allSatisfy { wheel.deadline(of: $0) == 2_000 })
        var fired = 0
        wheel.advance(to: 100_000) { _, _, _ in fired += 1 }
        #expect(fired == 834)
        #expect(wheel.invariantViolations() == [])
    }

    @Test func foreignHandleIsRejected() {
        var small = TimerWheel<Int64>()
        var large = TimerWheel<Int64>()
        for tick in 0..<10 { _ = large.schedule(Int64(tick), at: UInt64(tick) + 1) }
        let foreign = large.schedule(99, at: 50)
        #expect(small.cancel(foreign) == false)
        #expect(small.count == 0)
    }

    @Test func countFollowsEveryOperation() {
        var wheel = TimerWheel<Int64>()
        let handles = (0..<100).map { wheel.schedule(Int64($0), at: UInt64($0) * 1_000) }
        #expect(wheel.count == 100)
        for handle in handles.prefix(30) { wheel.cancel(handle) }
        #expect(wheel.count == 70)
        _ = wheel.reschedule(handles[50], to: 10)
        #expect(wheel.count == 70)
        var fired = 0
        wheel.advance(to: 49_999) { _, _, _ in fired += 1 }
        #expect(fired == 21)
        #expect(wheel.count == 49)
        #expect(wheel.invariantViolations() == [])
    }
}
