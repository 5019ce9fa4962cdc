import Foundation

/// Percentiles of a sample of durations in nanoseconds, printed in milliseconds.
public struct Distribution {
    /// The sample, in ascending order.
    public let sorted: [Int64]

    /// The distribution of `values`.
    public init(_ values: [Int64]) { sorted = values.sorted() }

    /// The nearest-rank percentile `p` (0–100), in nanoseconds.
    public func percentile(_ p: Double) -> Int64 {
        guard !sorted.isEmpty else { return 0 }
        let rank = Int((p / 100 * Double(sorted.count)).rounded(.up))
        return sorted[min(sorted.count - 1, max(0, rank - 1))]
    }

    /// `p50 … max` in milliseconds with two decimals.
    public var summary: String {
        let points: [(String, Int64)] = [
            ("min", sorted.first ?? 0), ("p50", percentile(50)), ("p90", percentile(90)),
            ("p99", percentile(99)), ("max", sorted.last ?? 0),
        ]
        return points.map { "\($0.0) \(milliseconds($0.1))" }.joined(separator: "  ")
    }

    /// A histogram of the sample in buckets of `width` nanoseconds.
    public func histogram(width: Int64) -> [(from: Int64, count: Int)] {
        var counts: [Int64: Int] = [:]
        for value in sorted { counts[value / width * width, default: 0] += 1 }
        return counts.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }
    }
}

/// Nanoseconds as milliseconds with two decimals.
public func milliseconds(_ nanoseconds: Int64) -> String { String(format: "%.2f ms", Double(nanoseconds) / 1e6) }

/// The wall clock in nanoseconds since the epoch (`CLOCK_REALTIME`).
public func wallNanoseconds() -> Int64 {
    var spec = timespec()
    clock_gettime(CLOCK_REALTIME, &spec)
    return Int64(spec.tv_sec) * 1_000_000_000 + Int64(spec.tv_nsec)
}
