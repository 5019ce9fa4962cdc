import Testing

@testable import CaseWatchWheel

/// The wheel against the reference model on long random sequences of schedule, cancel, reschedule and
/// advance, with deadlines from the past to beyond the top level's span.
@Suite("Timer wheel against a sorted-array model")
struct TimerWheelModelTests {
    /// Default geometry (six levels), several seeds, thousands of operations each.
    @Test(arguments: [1, 2, 3, 4] as [UInt64])
    func sixLevels(seed: UInt64) {
        var run = ModelRun(levels: 6, seed: seed, start: 1_000_000 * seed)
        run.run(6_000)
        run.advance(to: .max / 2)
        #expect(run.model.pending.isEmpty)
        #expect(run.wheel.isEmpty)
        #expect(run.fired > 1_000)
    }

    /// Shallow wheels, whose short span sends most deadlines through the overflow list.
    @Test(arguments: [1, 2, 3], [11, 12] as [UInt64])
    func shallowWheels(levels: Int, seed: UInt64) {
        var run = ModelRun(levels: levels, seed: seed, start: seed)
        run.run(4_000)
        run.advance(to: .max / 2)
        #expect(run.wheel.isEmpty)
    }

    /// A clock that starts just below a top-span boundary, so that the first advances cross it.
    @Test(arguments: [21, 22] as [UInt64])
    func startNearSpanBoundary(seed: UInt64) {
        var run = ModelRun(levels: 6, seed: seed, start: (1 << 36) - 50)
        run.run(4_000)
        run.advance(to: .max / 2)
        #expect(run.wheel.isEmpty)
    }

    /// As many cancels as schedules on wheels that compact at small floors, so that compaction runs many
    /// times, over timers in every list (overdue and overflow included) and between reschedules.
    @Test(arguments: zip([6, 6, 2, 1], [0, 3, 1, 8]))
    func cancelHeavyWithCompaction(levels: Int, floor: Int) {
        for seed in [31, 32] as [UInt64] {
            var run = ModelRun(
                levels: levels, seed: seed, start: 5_000 * seed, mix: .cancelHeavy, compactionFloor: floor)
            run.run(5_000)
            #expect(run.wheel.compactions >= 20, "compacted \(run.wheel.compactions) times")
            #expect(run.overdueCancels > 0)
            #expect(run.overflowCancels > 0)
            #expect(run.reschedulesAmongDead > 100)
            run.advance(to: .max / 2)
            #expect(run.wheel.isEmpty)
            #expect(run.wheel.invariantViolations() == [])
        }
    }
}
