import CaseWatchCore

/// A webhook's body and headers: `casewatch.delivery.v1` JSON, the idempotency key, the timestamp and, when the
/// receiver has a secret, the signature over "<timestamp>.<body>".
struct WebhookRequest {
    let headers: [(String, String)]
    let body: [UInt8]

    /// Header names CaseWatch sets itself; a receiver's configured headers cannot replace them.
    static let reserved: Set<String> = [
        "content-type", "x-casewatch-delivery", "x-casewatch-timestamp", "x-casewatch-signature",
        "x-casewatch-schema",
    ]

    static func make(
        job: DeliveryJob, message: DeliveryMessage, links: [CaseID: String], secret: String?,
        extraHeaders: [String: String], now: Instant
    ) throws -> WebhookRequest {
        let payload = WebhookPayload(
            delivery: job.idempotencyKey, receiver: job.receiver.name, attempt: job.attempts + 1, sentAt: now,
            message: message, links: links)
        let body = try payload.bytes()
        let timestamp = now.secondsSinceEpoch
        var headers = [
            ("Content-Type", "application/json; charset=utf-8"),
            ("X-CaseWatch-Schema", WebhookPayload.schema),
            ("X-CaseWatch-Delivery", job.idempotencyKey),
            ("X-CaseWatch-Timestamp", String(timestamp)),
        ]
        if let secret {
            headers.append(("X-CaseWatch-Signature", Signatures.webhook(secret: secret, timestamp: timestamp, body: body)))
        }
        for (name, value) in extraHeaders.sorted(by: { $0.key < $1.key }) where !reserved.contains(name.lowercased()) {
            headers.append((name, value))
        }
        return WebhookRequest(headers: headers, body: body)
    }
}
