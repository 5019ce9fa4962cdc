import Testing

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
}
