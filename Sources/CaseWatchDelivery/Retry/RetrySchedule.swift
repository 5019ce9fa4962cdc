import CaseWatchCore

/// When a failed job is tried again: exponential backoff with full jitter, capped, honouring a receiver's
/// `Retry-After`; dead once the receiver's maximum age has passed since the delivery was created.
public struct RetrySchedule: Sendable {
    /// The backoff before the first retry, in seconds (doubled for each attempt after).
    public let baseSeconds: Int64
    /// The longest backoff, in seconds.
    public let capSeconds: Int64
    /// A random whole number in the range given (full jitter draws the wait from 0…backoff).
    public let random: @Sendable (ClosedRange<Int64>) -> Int64

    /// Creates a schedule; `random` is injectable so tests are deterministic.
    public init(
        baseSeconds: Int64 = 10, capSeconds: Int64 = 3_600,
        random: @escaping @Sendable (ClosedRange<Int64>) -> Int64 = { Int64.random(in: $0) }
    ) {
        self.baseSeconds = max(1, baseSeconds)
        self.capSeconds = max(self.baseSeconds, capSeconds)
        self.random = random
    }

    /// The backoff ceiling after `attempts` failed attempts (1 → base, 2 → 2·base, … up to the cap).
    public func ceiling(afterAttempts attempts: Int) -> Int64 {
        let doublings = min(max(attempts - 1, 0), 40)
        let (product, overflow) = baseSeconds.multipliedReportingOverflow(by: Int64(1) << doublings)
        return overflow ? capSeconds : min(product, capSeconds)
    }

    /// What follows a failed attempt of `job` at `now`: a retry (at least one second later, not before the
    /// receiver's `Retry-After`, not after the job's deadline), or death once the deadline has passed.
    public func outcome(
        for job: DeliveryJob, httpStatus: Int?, error: String, retryAfter: Instant?, now: Instant
    ) -> AttemptOutcome {
        let deadline = job.createdAt.adding(seconds: job.receiver.maxAgeSeconds)
        guard now < deadline else {
            return .dead(reason: Self.deathReason(job.receiver, httpStatus: httpStatus, error: error))
        }
        let attempts = job.attempts + 1
        let wait = max(1, random(0...ceiling(afterAttempts: attempts)))
        var retryAt = now.adding(seconds: wait)
        if let retryAfter, retryAfter > retryAt { retryAt = retryAfter }
        return .failed(retryAt: min(retryAt, deadline))
    }

    /// "no 2xx from centre-robot in 24h; last: HTTP 500 upstream down".
    static func deathReason(_ receiver: NotifyReceiver, httpStatus: Int?, error: String) -> String {
        let last = httpStatus.map { "HTTP \($0) \(error)" } ?? error
        return "no 2xx from \(receiver.name) in \(AgeText.short(seconds: receiver.maxAgeSeconds)); last: \(last)"
    }
}

/// Durations as a receiver's settings spell them: `24h`, `90m`, `2d`, `45s`.
enum AgeText {
    static func short(seconds: Int64) -> String {
        if seconds % 86_400 == 0 && seconds >= 86_400 * 2 { return "\(seconds / 86_400)d" }
        if seconds % 3_600 == 0 && seconds >= 3_600 { return "\(seconds / 3_600)h" }
        if seconds % 60 == 0 && seconds >= 60 { return "\(seconds / 60)m" }
        return "\(seconds)s"
    }
}
