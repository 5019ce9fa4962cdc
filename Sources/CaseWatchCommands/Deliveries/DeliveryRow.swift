import CaseWatchCore
import CaseWatchStore

/// One delivery as `deliveries list` and `deliveries show` print it (JSON keys in snake case).
struct DeliveryRow: Encodable {
    let id: Int64
    let noticeID: Int64
    let kind: String
    let caseID: String
    let tier: String?
    let unit: String
    let receiver: String
    let status: String
    let urgent: Bool
    let attempts: Int
    let createdAt: String
    let notBefore: String
    let nextAttemptAt: String?
    let sentAt: String?
    let lastError: String?
    let deadReason: String?
    let groupKey: String?
    let batchID: Int64?
    let idempotencyKey: String

    enum CodingKeys: String, CodingKey {
        case id, kind, tier, unit, receiver, status, urgent, attempts
        case noticeID = "notice_id", caseID = "case_id", createdAt = "created_at", notBefore = "not_before"
        case nextAttemptAt = "next_attempt_at", sentAt = "sent_at", lastError = "last_error", deadReason = "dead_reason"
        case groupKey = "group_key", batchID = "batch_id", idempotencyKey = "idempotency_key"
    }

    init(_ delivery: StoredDelivery, zone: ZoneRules) {
        func format(_ instant: Instant) -> String { InstantFormatter.format(instant, in: zone) }
        id = delivery.id
        noticeID = delivery.noticeID
        kind = delivery.notice.kind.rawValue
        caseID = delivery.notice.caseID.rawValue
        tier = delivery.notice.tier?.rawValue
        unit = delivery.notice.unit.rawValue
        receiver = delivery.receiver
        status = delivery.status.rawValue
        urgent = delivery.urgent
        attempts = delivery.attempts
        createdAt = format(delivery.createdAt)
        notBefore = format(delivery.notBefore)
        nextAttemptAt = delivery.nextAttemptAt.map(format)
        sentAt = delivery.sentAt.map(format)
        lastError = delivery.lastError
        deadReason = delivery.deadReason
        groupKey = delivery.groupKey
        batchID = delivery.batchID
        idempotencyKey = delivery.idempotencyKey
    }

    /// The columns of the list's table.
    static let header = ["id", "kind", "case", "tier", "unit", "receiver", "status", "attempts", "created", "next attempt / sent"]

    /// The row in the list's table.
    var cells: [String] {
        [
            "\(id)", kind, caseID, tier ?? "-", unit, receiver + (urgent ? " (urgent)" : ""), status, "\(attempts)", createdAt,
            sentAt ?? nextAttemptAt ?? "-",
        ]
    }
}
