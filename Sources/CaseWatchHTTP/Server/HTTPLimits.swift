/// The bounds the HTTP service puts on its clients, so that no client can exhaust the daemon.
public struct HTTPLimits: Sendable, Equatable {
    /// The default largest request body: 8 MiB (a batch of about 20,000 events).
    public static let defaultMaxBodyBytes = 8 * 1024 * 1024

    /// The largest request body, in bytes; a larger one is refused with 413 before it is read.
    public var maxBodyBytes = defaultMaxBodyBytes
    /// How long a client may take to send a request's head and body, in seconds (slow clients are cut off).
    public var requestTimeoutSeconds = 30
    /// How long an idle keep-alive connection stays open, in seconds.
    public var idleTimeoutSeconds = 75
    /// Requests each API key may make per second on average (its bucket refills at this rate).
    public var requestsPerSecond = 200
    /// Requests a key may make at once above the average (the bucket's size).
    public var burst = 400

    /// The defaults: 8 MiB bodies, 30 s per request, 75 s idle, 200 requests a second per key with bursts of 400.
    public init() {}
}
