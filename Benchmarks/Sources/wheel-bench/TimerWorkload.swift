import CaseWatchTesting

/// The protocol's "ops" workload: N timers, one per case, due uniformly over [now + 1 h, now + 25 h] in
/// millisecond ticks; a random half is cancelled, the rest fire.
struct TimerWorkload {
    /// The clock at the start, in milliseconds since the epoch (late 2026).
    static let start: UInt64 = 1_795_000_000_000
    /// One hour of millisecond ticks.
    static let hour: UInt64 = 3_600_000

    /// How many timers.
    let size: Int
    /// The deadline of timer `i`, in ticks.
    let deadlines: [UInt64]
    /// Which timers to cancel: a random half, in random order.
    let cancelled: [Int]

    /// The workload for `size` timers, the same for every structure and run.
    init(size: Int) {
        self.size = size
        var random = SeededGenerator(seed: 12_345)
        deadlines = (0..<size).map { _ in Self.start + Self.hour + UInt64.random(in: 0..<(24 * Self.hour), using: &random) }
        cancelled = Array((0..<size).shuffled(using: &random).prefix(size / 2))
    }

    /// The tick past every deadline.
    var end: UInt64 { Self.start + 26 * Self.hour }

    /// A small workload of the same shape, run once before measuring so that code and allocator are warm.
    var warmUp: TimerWorkload { TimerWorkload(size: min(size, 20_000)) }
}
