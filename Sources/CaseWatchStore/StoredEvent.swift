import CaseWatchCore

/// An event as the log holds it: the event, its place in the log and how it arrived.
public struct StoredEvent: Hashable, Sendable {
    /// Its position in the log: increasing in the order events were stored, never reused.
    public let seq: Int64
    /// The event.
    public let event: CaseEvent
    /// The ingest batch it arrived in, if any.
    public let batch: Int64?
    /// When the store recorded it.
    public let recordedAt: Instant

    /// Creates a stored event.
    public init(seq: Int64, event: CaseEvent, batch: Int64?, recordedAt: Instant) {
        self.seq = seq
        self.event = event
        self.batch = batch
        self.recordedAt = recordedAt
    }
}
