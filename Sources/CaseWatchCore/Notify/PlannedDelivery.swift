/// A message the routing decided a receiver gets for one notice, and from when it may be sent.
public struct PlannedDelivery: Hashable, Sendable {
    /// The receiver's name.
    public let receiver: String
    /// Urgent deliveries (urgent cases, sign-off requests) are never delayed or grouped.
    public let urgent: Bool
    /// The earliest instant it may be sent: now, the end of its group's wait, or the start of the
    /// receiver's next working hours.
    public let notBefore: Instant
    /// Deliveries to the same receiver with the same group key are sent as one message; nil for none.
    public let groupKey: String?

    /// Creates a planned delivery.
    public init(receiver: String, urgent: Bool, notBefore: Instant, groupKey: String?) {
        self.receiver = receiver
        self.urgent = urgent
        self.notBefore = notBefore
        self.groupKey = groupKey
    }
}
