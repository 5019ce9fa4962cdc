import CaseWatchCore
import Foundation

/// The JSON body of a webhook delivery, schema `casewatch.delivery.v1` (documented in `docs/webhook.md`).
struct WebhookPayload: Encodable {
    /// The schema's name and version; a change that breaks a reader gets a new version.
    static let schema = "casewatch.delivery.v1"

    let delivery: String
    let receiver: String
    let attempt: Int
    let sentAt: Instant
    let message: DeliveryMessage
    let links: [CaseID: String]

    enum Keys: String, CodingKey {
        case schema, delivery, receiver, attempt, sentAt = "sent_at", title, text, markdown, notices
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: Keys.self)
        try container.encode(Self.schema, forKey: .schema)
        try container.encode(delivery, forKey: .delivery)
        try container.encode(receiver, forKey: .receiver)
        try container.encode(attempt, forKey: .attempt)
        try container.encode(sentAt.description, forKey: .sentAt)
        try container.encode(message.title, forKey: .title)
        try container.encode(message.text, forKey: .text)
        try container.encode(message.markdown, forKey: .markdown)
        try container.encode(message.notices.map { NoticeJSON(notice: $0, link: links[$0.caseID]) }, forKey: .notices)
    }

    /// The body's bytes: keys sorted, slashes unescaped.
    func bytes() throws -> [UInt8] { try Array(JSONCoding.encode(self)) }
}

/// One notice in a `casewatch.delivery.v1` body; every key is always present (null when not applicable).
struct NoticeJSON: Encodable {
    let notice: Notice
    let link: String?

    enum Keys: String, CodingKey {
        case kind, caseID = "case_id", cycle, unit, category, urgency, tier, action, dueAt = "due_at", at
        case latenessSeconds = "lateness_seconds", link, signoff, next
    }

    enum SignoffKeys: String, CodingKey {
        case id, level, status, decidedBy = "decided_by", orderCaseID = "order_case_id"
    }

    enum NextKeys: String, CodingKey { case tier, dueAt = "due_at" }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: Keys.self)
        try container.encode(notice.kind.rawValue, forKey: .kind)
        try container.encode(notice.caseID.rawValue, forKey: .caseID)
        try container.encode(notice.cycle, forKey: .cycle)
        try container.encode(notice.unit.rawValue, forKey: .unit)
        try container.encode(notice.category, forKey: .category)
        try container.encode(notice.urgency.rawValue, forKey: .urgency)
        try container.encode(notice.tier?.rawValue, forKey: .tier)
        try container.encode(notice.action?.rawValue, forKey: .action)
        try container.encode(notice.dueAt?.description, forKey: .dueAt)
        try container.encode(notice.at.description, forKey: .at)
        try container.encode(notice.latenessSeconds, forKey: .latenessSeconds)
        try container.encode(link, forKey: .link)
        if let signoff = notice.signoff {
            var nested = container.nestedContainer(keyedBy: SignoffKeys.self, forKey: .signoff)
            try nested.encode(signoff.id, forKey: .id)
            try nested.encode(signoff.level, forKey: .level)
            try nested.encode(signoff.status.rawValue, forKey: .status)
            try nested.encode(signoff.decidedBy, forKey: .decidedBy)
            try nested.encode(signoff.orderCaseID?.rawValue, forKey: .orderCaseID)
        } else {
            try container.encodeNil(forKey: .signoff)
        }
        if let next = notice.next {
            var nested = container.nestedContainer(keyedBy: NextKeys.self, forKey: .next)
            try nested.encode(next.tier.rawValue, forKey: .tier)
            try nested.encode(next.dueAt.description, forKey: .dueAt)
        } else {
            try container.encodeNil(forKey: .next)
        }
    }
}

/// JSON as every channel writes it: keys sorted (stable bytes), slashes not escaped.
enum JSONCoding {
    static func encode(_ value: some Encodable) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return try encoder.encode(value)
    }
}
