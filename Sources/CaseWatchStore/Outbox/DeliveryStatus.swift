/// Where a delivery stands: waiting, sent, failed and waiting to be retried, or given up.
public enum DeliveryStatus: String, Hashable, Sendable, CaseIterable, CustomStringConvertible {
    /// Not yet attempted (or put back by a retry); sent once due.
    case pending
    /// Reached the receiver; never changes again.
    case sent
    /// The last attempt failed; retried at its next attempt instant.
    case failed
    /// Given up (too old, or refused for good); only an operator's retry puts it back.
    case dead

    /// The name used in the store and on the command line.
    public var description: String { rawValue }
}
