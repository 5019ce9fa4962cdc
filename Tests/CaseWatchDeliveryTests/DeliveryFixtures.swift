import CaseWatchCore
import CaseWatchDelivery

/// Notices, receivers and jobs for the delivery tests.
enum DeliveryFixtures {
    /// 2024-10-16T02:57:00Z (10:57 in Beijing).
    static let now = Instant(secondsSinceEpoch: 1_729_047_420)
    static let zone = ZoneRules(identifier: "Asia/Shanghai")!
    static let units: [UnitID: String] = [UnitID("cc.nanguan.dongling"): "东岭社区", UnitID("cc.nanguan"): "南关街道"]

    static func renderer(baseURL: String? = "https://casewatch.example.gov.cn") -> MessageRenderer {
        MessageRenderer(baseURL: baseURL, zone: zone) { units[$0] }
    }

    static func escalation(
        _ caseID: String = "2024101600123", tier: TierName = .overdue, unit: String = "cc.nanguan.dongling",
        late: Int64 = 5_400, next: NextStepFacts? = nil
    ) -> Notice {
        Notice(
            kind: .escalation, caseID: CaseID(caseID), cycle: 1, unit: UnitID(unit), category: "城市管理.占道经营",
            urgency: Urgency("normal"), tier: tier, action: tier == .warning ? .warn : .markOverdue,
            dueAt: now.adding(seconds: -late), at: now, signoff: nil, next: next)
    }

    static func signoffRequest(_ caseID: String = "2024101600777") -> Notice {
        Notice(
            kind: .signoffRequested, caseID: CaseID(caseID), cycle: 2, unit: UnitID("cc.nanguan"),
            category: "环境保护.噪声", urgency: Urgency("urgent"), tier: .leadership, action: .signoff,
            dueAt: now.adding(seconds: 86_400), at: now,
            signoff: SignoffFacts(id: 7, level: "区级", status: .pending, decidedBy: nil, orderCaseID: nil), next: nil)
    }

    static func receiver(
        _ name: String, _ channel: NotifyChannel, timeout: Int64 = 5, maxAge: Int64 = 86_400
    ) -> NotifyReceiver {
        NotifyReceiver(name: name, channel: channel, timeoutSeconds: timeout, maxAgeSeconds: maxAge)
    }

    static func job(
        _ receiver: NotifyReceiver, key: String = "d-1", notices: [Notice]? = nil, createdAt: Instant = now,
        attempts: Int = 0
    ) -> DeliveryJob {
        DeliveryJob(
            idempotencyKey: key, deliveryIDs: [1], receiver: receiver, notices: notices ?? [escalation()],
            createdAt: createdAt, attempts: attempts)
    }
}
