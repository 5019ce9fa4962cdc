import Synchronization

/// A token bucket per principal: each holds up to `burst` requests and refills at `perSecond`; a request
/// finding its bucket empty is refused with the whole seconds until one is there again.
///
/// Memory is bounded: at most ``capacity`` buckets; when full, the buckets refilled to the brim (idle
/// principals, the same as having none) are dropped.
final class RequestRateLimiter: Sendable {
    /// The refill rate, requests per second.
    let perSecond: Int
    /// The bucket's size.
    let burst: Int
    /// The most buckets kept at once.
    let capacity: Int

    private struct Bucket {
        var tokens: Double
        var at: Int64
    }

    private let buckets = Mutex<[String: Bucket]>([:])

    /// A limiter of `perSecond` requests a second with bursts of `burst`, keeping at most `capacity` buckets.
    init(perSecond: Int, burst: Int, capacity: Int = 10_000) {
        self.perSecond = max(perSecond, 1)
        self.burst = max(burst, 1)
        self.capacity = capacity
    }

    /// Takes one request from `principal`'s bucket at `now` (nanoseconds): nil when it may go on, else the
    /// seconds to wait (at least 1).
    func take(for principal: String, at now: Int64) -> Int? {
        buckets.withLock { buckets in
            var bucket = buckets[principal].map { refilled($0, at: now) } ?? Bucket(tokens: Double(burst), at: now)
            defer {
                if buckets[principal] == nil, buckets.count >= capacity { makeRoom(in: &buckets, at: now) }
                buckets[principal] = bucket
            }
            guard bucket.tokens >= 1 else {
                return max(1, Int(((1 - bucket.tokens) / Double(perSecond)).rounded(.up)))
            }
            bucket.tokens -= 1
            return nil
        }
    }

    /// How many buckets are kept.
    var count: Int { buckets.withLock { $0.count } }

    /// `bucket` refilled for the time since it was last used (none when the clock went back).
    private func refilled(_ bucket: Bucket, at now: Int64) -> Bucket {
        let elapsed = Double(max(0, now - bucket.at)) / 1_000_000_000
        return Bucket(tokens: min(Double(burst), bucket.tokens + elapsed * Double(perSecond)), at: max(now, bucket.at))
    }

    /// Drops the full buckets; all of them when none is full.
    private func makeRoom(in buckets: inout [String: Bucket], at now: Int64) {
        buckets = buckets.filter { refilled($0.value, at: now).tokens < Double(burst) }
        if buckets.count >= capacity { buckets.removeAll() }
    }
}
