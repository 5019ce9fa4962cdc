/// The pauses of a clock (挂起: suspensions), normalised: sorted, with overlapping and touching pauses
/// merged and empty ones dropped.
///
/// Pauses are half-open intervals `[a, b)`. A pause adds back exactly the working time (or, for calendar
/// clocks, the wall time) it covers after the clock starts.
public struct PauseSet: Hashable, Sendable {
    /// The merged pauses, in order, pairwise disjoint and not touching.
    public let spans: [TimeSpan]
    let raw: [RawSpan]

    /// No pauses.
    public static let none = PauseSet([])

    /// Normalises a list of pauses in any order.
    public init(_ pauses: [TimeSpan]) {
        let sorted = pauses.filter { $0.end > $0.start }.sorted { $0.start < $1.start }
        var merged: [RawSpan] = []
        merged.reserveCapacity(sorted.count)
        for pause in sorted {
            let next = RawSpan(start: pause.start.secondsSinceEpoch, end: pause.end.secondsSinceEpoch)
            if let last = merged.last, next.start <= last.end {
                merged[merged.count - 1].end = max(last.end, next.end)
            } else {
                merged.append(next)
            }
        }
        self.raw = merged
        self.spans = merged.map {
            TimeSpan(start: Instant(secondsSinceEpoch: $0.start), end: Instant(secondsSinceEpoch: $0.end))
        }
    }

    /// Whether there are no pauses.
    public var isEmpty: Bool { raw.isEmpty }

    /// Whether the instant lies inside a pause.
    public func contains(_ instant: Instant) -> Bool {
        let t = instant.secondsSinceEpoch
        return raw.contains { $0.start <= t && t < $0.end }
    }
}
