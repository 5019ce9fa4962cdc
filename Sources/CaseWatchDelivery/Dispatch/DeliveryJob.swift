import CaseWatchCore

/// One message due for one receiver: a delivery, or a group of deliveries fixed as one batch.
public struct DeliveryJob: Hashable, Sendable {
    /// The key the receiver sees on every attempt (`X-CaseWatch-Delivery`), the same after a crash or a retry,
    /// so at-least-once sending is exactly-once in effect at a receiver that remembers keys.
    public let idempotencyKey: String
    /// The store's deliveries this job stands for (one, or a batch's members); recorded together.
    public let deliveryIDs: [Int64]
    /// The receiver, with its channel and settings as the routing declares it now.
    public let receiver: NotifyReceiver
    /// The notices the message tells of (one, or a group's members).
    public let notices: [Notice]
    /// When the (oldest) delivery was created: the start of its maximum age.
    public let createdAt: Instant
    /// How many attempts were made before this one.
    public let attempts: Int

    /// Creates a job.
    public init(
        idempotencyKey: String, deliveryIDs: [Int64], receiver: NotifyReceiver, notices: [Notice], createdAt: Instant,
        attempts: Int
    ) {
        self.idempotencyKey = idempotencyKey
        self.deliveryIDs = deliveryIDs
        self.receiver = receiver
        self.notices = notices
        self.createdAt = createdAt
        self.attempts = attempts
    }
}
