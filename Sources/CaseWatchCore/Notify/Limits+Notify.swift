/// The bounds of a receiver's durations in `policies/notify.yaml`, in seconds.
extension Limits {
    /// `group_wait`: at most a day, so a grouped message is never held past the next day.
    public static let groupWaitSeconds: ClosedRange<Int64> = 1...86_400
    /// `timeout` of one attempt: 1 second to 5 minutes.
    public static let receiverTimeoutSeconds: ClosedRange<Int64> = 1...300
    /// `max_age` of an undelivered message before it is dead: at most 30 days.
    public static let deliveryMaxAgeSeconds: ClosedRange<Int64> = 1...(30 * 86_400)
}
