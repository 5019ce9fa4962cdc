import CaseWatchCore
import CaseWatchHTTP
import CaseWatchTesting
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing

/// A token bucket per principal: `burst` requests at once, refilled at `requestsPerSecond`; beyond, 429
/// `rate-limited` with `Retry-After` in whole seconds. Deterministic on a manual clock.
@Suite struct RateLimitTests {
    static func limits(perSecond: Int, burst: Int) -> HTTPLimits {
        var limits = HTTPLimits()
        (limits.requestsPerSecond, limits.burst) = (perSecond, burst)
        return limits
    }

    @Test func aKeyGetsItsBurstThenItsRateThen429WithRetryAfter() async throws {
        let clock = ManualClock(Instant(secondsSinceEpoch: 1_800_000_000))
        let authenticator = RateLimitedAuthenticator(FixedKeys(), limits: Self.limits(perSecond: 2, burst: 3), clock: clock)
        try await Application(router: StoreAuthenticatorTests.router(authenticator)).test(.router) { client async throws in
            for _ in 0..<3 { #expect(try await StoreAuthenticatorTests.get(client, "read", "read-key").status == .ok) }
            let refused = try await StoreAuthenticatorTests.get(client, "read", "read-key")
            #expect(refused.status == .tooManyRequests)
            #expect(refused.headers[.retryAfter] == "1")
            #expect(refused.headers[.contentType] == "application/problem+json")
            #expect(refused.body.contains(#""type":"urn:casewatch:problem:rate-limited""#) && refused.body.contains(#""retry_after_seconds":1"#))
            #expect(refused.body.contains("key:read sent more than 2 requests a second (bursts of 3)"))
            #expect(try await StoreAuthenticatorTests.get(client, "read", "all-key").status == .ok, "another key has its own bucket")
            clock.move(seconds: 1)
            for _ in 0..<2 { #expect(try await StoreAuthenticatorTests.get(client, "read", "read-key").status == .ok) }
            #expect(try await StoreAuthenticatorTests.get(client, "read", "read-key").status == .tooManyRequests)
            clock.move(seconds: 10)
            for _ in 0..<3 { #expect(try await StoreAuthenticatorTests.get(client, "read", "read-key").status == .ok, "refilled to the burst, no more") }
            #expect(try await StoreAuthenticatorTests.get(client, "read", "read-key").status == .tooManyRequests)
        }
    }

    @Test func aClockSteppedBackRefillsNothing() async throws {
        let clock = ManualClock(Instant(secondsSinceEpoch: 1_800_000_000))
        let authenticator = RateLimitedAuthenticator(FixedKeys(), limits: Self.limits(perSecond: 1, burst: 1), clock: clock)
        try await Application(router: StoreAuthenticatorTests.router(authenticator)).test(.router) { client async throws in
            #expect(try await StoreAuthenticatorTests.get(client, "read", "read-key").status == .ok)
            #expect(try await StoreAuthenticatorTests.get(client, "read", "read-key").headers[.retryAfter] == "1")
            clock.move(seconds: -30)
            #expect(try await StoreAuthenticatorTests.get(client, "read", "read-key").status == .tooManyRequests, "a clock stepped back refills nothing")
        }
    }

    @Test func aRefusedCredentialSpendsNoBucket() async throws {
        let clock = ManualClock(Instant(secondsSinceEpoch: 1_800_000_000))
        let authenticator = RateLimitedAuthenticator(FixedKeys(), limits: Self.limits(perSecond: 1, burst: 1), clock: clock)
        try await Application(router: StoreAuthenticatorTests.router(authenticator)).test(.router) { client async throws in
            for _ in 0..<5 { #expect(try await StoreAuthenticatorTests.get(client, "read", "nobody").status == .unauthorized) }
            #expect(try await StoreAuthenticatorTests.get(client, "read", "read-key").status == .ok)
        }
    }
}
