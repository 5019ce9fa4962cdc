import CaseWatchCore

/// What one attempt at a job came to, as the queue records it.
public struct AttemptResult: Hashable, Sendable {
    /// How long the attempt took, in milliseconds of real time.
    public let latencyMilliseconds: Int64
    /// The HTTP status the receiver answered, if it answered.
    public let httpStatus: Int?
    /// What went wrong, if anything (never a secret).
    public let error: String?
    /// What becomes of the job.
    public let outcome: AttemptOutcome

    /// Creates a result.
    public init(latencyMilliseconds: Int64, httpStatus: Int?, error: String?, outcome: AttemptOutcome) {
        self.latencyMilliseconds = latencyMilliseconds
        self.httpStatus = httpStatus
        self.error = error
        self.outcome = outcome
    }
}

/// What becomes of a job after an attempt.
public enum AttemptOutcome: Hashable, Sendable {
    /// The receiver has it: never send it again.
    case sent
    /// Not delivered: try again at `retryAt`.
    case failed(retryAt: Instant)
    /// Given up: no 2xx within the receiver's maximum age.
    case dead(reason: String)
}
