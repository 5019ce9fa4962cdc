import CaseWatchCore

/// What a channel's attempt came to, before the retry schedule decides what follows.
public enum SendResult: Hashable, Sendable {
    /// The receiver accepted it (2xx without an error code; a program that exited 0).
    case sent(httpStatus: Int?)
    /// It did not: the status if the receiver answered, what went wrong, and the earliest retry the receiver
    /// asked for (`Retry-After`), if it did.
    case failed(httpStatus: Int?, error: String, retryAfter: Instant?)

    /// The HTTP status, if the receiver answered.
    public var httpStatus: Int? {
        switch self {
        case let .sent(status): status
        case let .failed(status, _, _): status
        }
    }
}
