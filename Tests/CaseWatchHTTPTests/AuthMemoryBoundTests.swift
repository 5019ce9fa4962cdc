import Testing
@testable import CaseWatchHTTP

/// What the authenticator keeps in memory stays bounded whatever clients send.
@Suite struct AuthMemoryBoundTests {
    @Test func theRateLimiterKeepsAtMostItsCapacityOfBuckets() {
        let limiter = RequestRateLimiter(perSecond: 10, burst: 10, capacity: 4)
        for index in 0..<100 { #expect(limiter.take(for: "key:\(index)", at: 0) == nil) }
        #expect(limiter.count <= 4)
        for _ in 0..<9 { _ = limiter.take(for: "key:busy", at: 0) }
        for index in 100..<103 { _ = limiter.take(for: "key:\(index)", at: 0) }
        #expect(limiter.count <= 4)
    }

    @Test func anIdleBucketIsDroppedBeforeABusyOne() {
        let limiter = RequestRateLimiter(perSecond: 1, burst: 2, capacity: 2)
        _ = limiter.take(for: "key:busy", at: 0)
        _ = limiter.take(for: "key:busy", at: 0)
        _ = limiter.take(for: "key:idle", at: 0)
        // Ten seconds on, the idle one is full again; the busy one spent its burst a moment ago.
        _ = limiter.take(for: "key:busy", at: 10_000_000_000)
        _ = limiter.take(for: "key:busy", at: 10_000_000_000)
        #expect(limiter.take(for: "key:new", at: 10_000_000_000) == nil)
        #expect(limiter.take(for: "key:busy", at: 10_000_000_000) != nil, "the busy bucket was kept, still empty")
    }

    @Test func theCredentialCacheKeepsAtMostItsCapacity() {
        let cache = CredentialCache(lifetimeNanoseconds: 1_000_000_000, capacity: 8)
        for index in 0..<100 {
            cache.remember(.apiKey(id: Int64(index), name: "k\(index)", scopes: [.read]), for: "digest-\(index)", at: 0)
        }
        #expect(cache.count <= 8)
        #expect(cache.principal(for: "digest-99", at: 999_999_999) != nil)
        #expect(cache.principal(for: "digest-99", at: 1_000_000_000) == nil, "stale after its lifetime")
        cache.remember(.apiKey(id: 1, name: "k", scopes: [.read]), for: "digest-1", at: 5_000_000_000)
        #expect(cache.principal(for: "digest-1", at: 4_000_000_000) == nil, "a clock stepped back trusts nothing")
    }
}
