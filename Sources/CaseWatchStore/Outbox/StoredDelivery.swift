import CaseWatchCore

/// A delivery as the outbox keeps it: one notice for one receiver, where it stands, and the notice itself.
public struct StoredDelivery: Hashable, Sendable {
    /// The delivery's id.
    public let id: Int64
    /// The notice's id.
    public let noticeID: Int64
    /// The notice it carries.
    public let notice: Notice
    /// The receiver's name.
    public let receiver: String
    /// The key a receiver may use to drop a repeat (`X-CaseWatch-Delivery`); stable across retries.
    public let idempotencyKey: String
    /// Whether it is sent at once, never grouped.
    public let urgent: Bool
    /// Where it stands.
    public let status: DeliveryStatus
    /// The earliest instant it may be sent.
    public let notBefore: Instant
    /// Deliveries to the same receiver with this key are sent as one message; nil for none.
    public let groupKey: String?
    /// The group it is sent with, fixed before its first attempt (the smallest member's id); nil until then.
    public let batchID: Int64?
    /// How many attempts were made.
    public let attempts: Int
    /// When the next attempt is due, while pending or failed.
    public let nextAttemptAt: Instant?
    /// The last failed attempt's error.
    public let lastError: String?
    /// When the routing created it.
    public let createdAt: Instant
    /// When it was sent.
    public let sentAt: Instant?
    /// Why it was given up, while dead.
    public let deadReason: String?

    /// Creates a stored delivery (the store reads them; tests build them).
    public init(
        id: Int64, noticeID: Int64, notice: Notice, receiver: String, idempotencyKey: String, urgent: Bool,
        status: DeliveryStatus, notBefore: Instant, groupKey: String?, batchID: Int64?, attempts: Int,
        nextAttemptAt: Instant?, lastError: String?, createdAt: Instant, sentAt: Instant?, deadReason: String?
    ) {
        self.id = id
        self.noticeID = noticeID
        self.notice = notice
        self.receiver = receiver
        self.idempotencyKey = idempotencyKey
        self.urgent = urgent
        self.status = status
        self.notBefore = notBefore
        self.groupKey = groupKey
        self.batchID = batchID
        self.attempts = attempts
        self.nextAttemptAt = nextAttemptAt
        self.lastError = lastError
        self.createdAt = createdAt
        self.sentAt = sentAt
        self.deadReason = deadReason
    }
}
