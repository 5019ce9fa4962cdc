import CaseWatchCore
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The clock a supervisor runs by: the wall clock in production, a simulated or manual one in tests.
///
/// The wall clock may step backwards or forwards (an NTP correction, an operator); the supervisor reads it
/// afresh at every wake and copes with both (see ``Supervisor/advance(to:)``).
public protocol SupervisorClock: Sendable {
    /// Nanoseconds since the Unix epoch, as this clock reads now.
    func nanosecondsSinceEpoch() -> Int64
    /// How long to wait, in real time, for this clock to move on by `nanoseconds`.
    func realWait(forClockNanoseconds nanoseconds: Int64) -> Duration
}

extension SupervisorClock {
    /// The current instant, to the second (rounded down).
    public var now: Instant {
        let nanoseconds = nanosecondsSinceEpoch()
        let seconds = nanoseconds / 1_000_000_000 - (nanoseconds % 1_000_000_000 < 0 ? 1 : 0)
        return Instant(secondsSinceEpoch: seconds)
    }

    /// The same time in real time: a clock that runs at the wall clock's pace.
    public func realWait(forClockNanoseconds nanoseconds: Int64) -> Duration {
        .nanoseconds(nanoseconds)
    }
}

/// The machine's wall clock (`CLOCK_REALTIME`).
public struct SystemClock: SupervisorClock {
    /// The wall clock.
    public init() {}

    /// Nanoseconds since the Unix epoch on the wall clock.
    public func nanosecondsSinceEpoch() -> Int64 {
        var spec = timespec()
        clock_gettime(CLOCK_REALTIME, &spec)
        return Int64(spec.tv_sec) * 1_000_000_000 + Int64(spec.tv_nsec)
    }
}

/// A clock that reads `origin` at the real instant `anchor` and runs `rate` times faster than the wall
/// clock: for crash tests that need hours of supervision to pass in seconds, across restarts of the daemon
/// (every process given the same origin, anchor and rate reads the same time).
public struct SimulatedClock: SupervisorClock {
    /// What the clock reads at `anchor`.
    public let origin: Instant
    /// The real wall-clock instant, in nanoseconds since the epoch, at which the clock reads `origin`.
    public let anchorNanoseconds: Int64
    /// How many clock seconds pass per real second.
    public let rate: Int64
    private let wall = SystemClock()

    /// A clock reading `origin` at the real instant `anchorNanoseconds`, running `rate` times faster.
    public init(origin: Instant, anchorNanoseconds: Int64, rate: Int64) {
        precondition(rate >= 1, "a simulated clock runs at least at the wall clock's pace")
        self.origin = origin
        self.anchorNanoseconds = anchorNanoseconds
        self.rate = rate
    }

    /// Nanoseconds since the Unix epoch on this clock.
    public func nanosecondsSinceEpoch() -> Int64 {
        let (elapsed, overflow) = (wall.nanosecondsSinceEpoch() - anchorNanoseconds).multipliedReportingOverflow(by: rate)
        precondition(!overflow, "the simulated clock ran past Int64 nanoseconds: anchor it nearer to now or lower its rate")
        return origin.secondsSinceEpoch * 1_000_000_000 + elapsed
    }

    /// The real time in which this clock moves on by `nanoseconds`.
    public func realWait(forClockNanoseconds nanoseconds: Int64) -> Duration {
        .nanoseconds(nanoseconds / rate)
    }
}
