import CaseWatchCore

/// One attempt to send a delivery (or a group of them, one row each), as `deliveries show` lists it.
public struct DeliveryAttempt: Hashable, Sendable {
    /// When the attempt started.
    public let at: Instant
    /// How long it took, in milliseconds.
    public let latencyMilliseconds: Int64
    /// The receiver's HTTP status, when it answered over HTTP.
    public let httpStatus: Int?
    /// What went wrong, when something did (never a secret, never the message's personal data).
    public let error: String?
    /// What it came to.
    public let outcome: DeliveryOutcome

    /// Creates an attempt.
    public init(at: Instant, latencyMilliseconds: Int64, httpStatus: Int? = nil, error: String? = nil, outcome: DeliveryOutcome) {
        self.at = at
        self.latencyMilliseconds = latencyMilliseconds
        self.httpStatus = httpStatus
        self.error = error
        self.outcome = outcome
    }
}
