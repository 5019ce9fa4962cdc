/// How a supervision daemon paces itself.
public struct SupervisionSettings: Sendable, Equatable {
    /// The wheel's tick: wakes for due steps fall on multiples of it (due instants are whole seconds, so
    /// any tick that divides a second wakes exactly at them; a coarser tick wakes up to a tick late).
    public var tick: Duration = .seconds(1)
    /// How often the event log is read for events other processes appended (at most this late). With
    /// nothing due, these reads are the daemon's only wakes, so they set its idle CPU: about 0.4 ms of CPU
    /// each on the benchmark machine, 0.04–0.05 % of a core at one a second (0.07–0.10 % at two). The
    /// default, 900 ms, keeps "picked up within a second" with room for the read itself.
    public var followInterval: Duration = .milliseconds(900)
    /// How often the event log is read when the database's files are watched (``DatabaseWatch``): the watch
    /// wakes the daemon when anything is written, so this read is only a safety net, and an idle daemon wakes
    /// only for due steps, sign-offs and deliveries (and this, once a minute).
    public var watchedFollowInterval: Duration = .seconds(60)
    /// How often the daemon's record in its lock file is rewritten while nothing else happens.
    public var heartbeatInterval: Duration = .seconds(5)
    /// How often a standby tries to take the seat.
    public var standbyPoll: Duration = .seconds(1)
    /// The first wait after a failed store operation; each further failure doubles it.
    public var firstRetry: Duration = .milliseconds(500)
    /// The longest wait between retries.
    public var longestRetry: Duration = .seconds(30)

    /// The defaults: a 1 s tick, the log read every 900 ms (every 60 s when watched), a heartbeat every 5 s, retries from 0.5 s to 30 s.
    public init() {}
}
