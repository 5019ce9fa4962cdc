import CaseWatchCore

/// What one attempt to send a delivery came to.
public enum DeliveryOutcome: Hashable, Sendable {
    /// The receiver took it.
    case sent
    /// It failed; the next attempt is due at `retryAt`.
    case failed(retryAt: Instant)
    /// It failed and is given up, for `reason` ("no 2xx from district-office in 24h; last: HTTP 500").
    case dead(reason: String)

    /// The status a delivery takes after an attempt with this outcome.
    public var status: DeliveryStatus {
        switch self {
        case .sent: .sent
        case .failed: .failed
        case .dead: .dead
        }
    }

    /// The next attempt's instant, for a failure.
    var retryAt: Instant? {
        if case let .failed(retryAt) = self { return retryAt }
        return nil
    }

    /// The reason it was given up, for a dead one.
    var deadReason: String? {
        if case let .dead(reason) = self { return reason }
        return nil
    }
}
