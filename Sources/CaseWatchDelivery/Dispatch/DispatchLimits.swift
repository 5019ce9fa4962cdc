/// How much the dispatcher sends at once and how often it looks for due work without being woken.
public struct DispatchLimits: Hashable, Sendable {
    /// The most attempts in flight to one receiver (its lane's width).
    public let perReceiver: Int
    /// The most attempts in flight in all.
    public let overall: Int
    /// How often the queue is read when nothing wakes the dispatcher (deliveries whose retry or group wait
    /// falls due).
    public let pollInterval: Duration
    /// How long a job whose attempt could not be recorded is held back before it is tried again, in seconds of
    /// the dispatcher's clock.
    public let unrecordedHoldSeconds: Int64

    /// Creates limits (each at least 1).
    public init(
        perReceiver: Int = 2, overall: Int = 16, pollInterval: Duration = .seconds(1), unrecordedHoldSeconds: Int64 = 60
    ) {
        self.perReceiver = max(1, perReceiver)
        self.overall = max(1, overall)
        self.pollInterval = pollInterval
        self.unrecordedHoldSeconds = max(1, unrecordedHoldSeconds)
    }
}
