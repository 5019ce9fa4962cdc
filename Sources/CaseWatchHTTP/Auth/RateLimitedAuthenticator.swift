import CaseWatchEngine
import Hummingbird
import CaseWatchStore
import Logging
import Metrics

/// Puts a rate on every principal another authenticator establishes: a token bucket each (``HTTPLimits``'
/// `requestsPerSecond`, `burst`); a request finding its bucket empty is answered 429 `rate-limited` with
/// `Retry-After` (whole seconds, at least 1) and counted (`casewatch_http_rate_limited_total`).
public struct RateLimitedAuthenticator: RequestAuthenticator {
    let base: any RequestAuthenticator
    let limiter: RequestRateLimiter
    let clock: any SupervisorClock

    /// `base`, with each principal held to `limits`, timed by `clock`.
    public init(_ base: any RequestAuthenticator, limits: HTTPLimits, clock: any SupervisorClock = SystemClock()) {
        self.base = base
        limiter = RequestRateLimiter(perSecond: limits.requestsPerSecond, burst: limits.burst)
        self.clock = clock
    }

    /// The principal `base` establishes, if its bucket holds a request; else a 429 problem.
    public func authenticate(_ request: Request) async throws -> Principal {
        let principal = try await base.authenticate(request)
        guard let wait = limiter.take(for: principal.auditActor, at: clock.nanosecondsSinceEpoch()) else { return principal }
        Counter(label: "casewatch_http_rate_limited_total").increment()
        throw Problem(
            .rateLimited,
            """
            \(principal.auditActor) sent more than \(limiter.perSecond) requests a second (bursts of \(limiter.burst)); retry after \
            \(wait) s, spread requests out, or batch them (casewatchd --rate-limit sets the rate)
            """,
            extensions: ["retry_after_seconds": .integer(Int64(wait))], headers: [.retryAfter: "\(wait)"]
        )
    }
}

extension StoreAuthenticator {
    /// The daemon's authenticator: credentials checked against `store`, each principal held to `limits`.
    public static func rateLimited(store: any CaseStore, limits: HTTPLimits, clock: any SupervisorClock, logger: Logger) -> RateLimitedAuthenticator {
        RateLimitedAuthenticator(StoreAuthenticator(store: store, clock: clock, logger: logger), limits: limits, clock: clock)
    }
}
