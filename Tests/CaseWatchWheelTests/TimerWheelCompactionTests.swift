import Testing

@testable import CaseWatchWheel

/// Lazy cancel: cancelled cells stay linked, dead, until a walk or a compaction frees them; compaction keeps
/// the order of the survivors and bounds the garbage.
@Suite("Timer wheel compaction")
struct TimerWheelCompactionTests {
    @Test func cancelTouchesOnlyTheGeneration() {
        var wheel = TimerWheel<String>()
        let handle = wheel.schedule("kept until freed", at: 5_000)
        let index = Int32(handle.index)
        let before = wheel.slab[index]
        #expect(wheel.cancel(handle) == true)
        let after = wheel.slab[index]
        #expect(after.generation == before.generation && after.payload == before.payload)
        #expect(after.list == before.list && after.next == before.next && after.previous == before.previous)
        #expect(wheel.slab.isDead(index))
        #expect(wheel.deadCount == 1)
        #expect(wheel.count == 0)
        #expect(wheel.payload(of: handle) == nil)
        #expect(wheel.invariantViolations() == [])
    }

    @Test func compactionKeepsSameTickScheduleOrder() {
        var wheel = TimerWheel<Int>(now: 100)
        let ticks: [UInt64] = [90, 100, 164, 5_000, 100 + 3 * wheel.span]  // overdue, overdue, levels, overflow
        var handles: [(id: Int, tick: UInt64, handle: TimerHandle)] = []
        for id in 0..<9_000 {
            let tick = ticks[id % ticks.count]
            handles.append((id, tick, wheel.schedule(id, at: tick)))
        }
        var kept: [(tick: UInt64, id: Int)] = []
        for (id, tick, handle) in handles {
            if id % 7 == 3 || id % 11 == 5 {
                kept.append((tick, id))
            } else {
                wheel.cancel(handle)
            }
        }
        #expect(wheel.count == kept.count)
        #expect(wheel.compactions == 1)
        #expect(wheel.invariantViolations() == [])
        var fired: [(tick: UInt64, id: Int)] = []
        while let tick = wheel.nextExpiry() {
            wheel.advance(to: tick) { _, id, deadline in fired.append((deadline, id)) }
        }
        let expected = kept.sorted { ($0.tick, $0.id) < ($1.tick, $1.id) }
        #expect(fired.map(\.id) == expected.map(\.id), "deadline order, then schedule order")
        #expect(wheel.deadCount == 0)
        #expect(wheel.invariantViolations() == [])
    }

    @Test func compactionBetweenReschedulesKeepsTheirOrder() {
        var wheel = TimerWheel<Int>(now: 0, levels: 6, compactionFloor: 0)
        let doomed = (0..<50).map { wheel.schedule(-$0, at: 777) }
        let a = wheel.schedule(1, at: 777)
        let b = wheel.schedule(2, at: 777)
        let c = wheel.schedule(3, at: 777)
        for handle in doomed.prefix(25) { wheel.cancel(handle) }
        #expect(wheel.reschedule(a, to: 777) == true, "moved behind b and c, among dead neighbours")
        for handle in doomed.dropFirst(25) { wheel.cancel(handle) }
        #expect(wheel.deadCount <= wheel.count, "floor 0: compacted as soon as dead cells outnumbered live ones")
        #expect(wheel.invariantViolations() == [])
        var fired: [Int] = []
        wheel.advance(to: 777) { _, payload, _ in fired.append(payload) }
        #expect(fired == [2, 3, 1])
        #expect(wheel.cancel(b) == false && wheel.cancel(c) == false)
    }

    @Test func garbageStaysBoundedWhenAlmostEveryTimerIsCancelled() {
        var wheel = TimerWheel<Int>(now: 1_000)
        let live = (0..<3).map { wheel.schedule($0, at: 50_000 + UInt64($0)) }
        for id in 0..<100_000 {
            let tick: UInt64 = switch id % 4 {
            case 0: 1_000 + UInt64(id % 5_000)  // levels
            case 1: 999  // overdue
            case 2: 2 * wheel.span  // overflow
            default: 1_001
            }
            let handle = wheel.schedule(id, at: tick)
            #expect(wheel.cancel(handle) == true)
        }
        #expect(wheel.count == 3)
        #expect(wheel.slab.entries.count <= TimerWheel<Int>.defaultCompactionFloor + 8, "cells in use: pending + dead")
        #expect(wheel.compactions >= 20)
        #expect(wheel.deadCount <= TimerWheel<Int>.defaultCompactionFloor + 3)
        #expect(wheel.invariantViolations() == [])
        var fired: [Int] = []
        wheel.advance(to: 4 * wheel.span) { _, payload, _ in fired.append(payload) }
        #expect(fired == [0, 1, 2])
        #expect(live.allSatisfy { wheel.deadline(of: $0) == nil })
        #expect(wheel.deadCount == 0)
    }

    @Test func halfCancelledNeverCompacts() {
        var wheel = TimerWheel<Int>()
        let handles = (0..<20_000).map { wheel.schedule($0, at: 1_000 + UInt64($0)) }
        for handle in handles where handle.index % 2 == 0 { wheel.cancel(handle) }
        #expect(wheel.deadCount == 10_000, "dead cells never outnumbered live ones by the floor")
        #expect(wheel.invariantViolations() == [])
        while let tick = wheel.nextExpiry() { wheel.advance(to: tick) { _, _, _ in } }
        #expect(wheel.compactions == 0, "dead cells were freed as the clock reached them")
        #expect(wheel.deadCount == 0)
    }
}
