import CaseWatchCore
import CaseWatchDelivery
import CaseWatchTesting
import Foundation
import Testing

@Suite struct WebhookChannelTests {
    @Test func aWebhookPostsTheVersionedSchemaSignedOverTimestampDotBody() async throws {
        try await ChannelHarness.withReceiver { local in
            let receiver = DeliveryFixtures.receiver(
                "district", .webhook(url: local.url(), secret: .environment("HOOK_SECRET"), headers: ["X-Team": "ops"]))
            let job = DeliveryFixtures.job(receiver, key: "delivery-42", attempts: 2)
            let result = try await ChannelHarness.withSender { await $0.send(job, now: DeliveryFixtures.now) }
            #expect(result == .sent(httpStatus: 200))
            let request = try #require(local.requests.first)
            #expect(request.method == "POST")
            #expect(request.header("X-CaseWatch-Delivery") == "delivery-42")
            #expect(request.header("X-CaseWatch-Schema") == "casewatch.delivery.v1")
            #expect(request.header("Content-Type") == "application/json; charset=utf-8")
            #expect(request.header("X-Team") == "ops")
            let timestamp = try #require(request.header("X-CaseWatch-Timestamp"))
            #expect(timestamp == "1729047420")
            // Verified as a receiver would, by a computation independent of the sender's.
            let expected = IndependentHMAC.hex(
                IndependentHMAC.sha256(key: Array("whsec-test".utf8), message: Array("\(timestamp).".utf8) + request.body))
            #expect(request.header("X-CaseWatch-Signature") == "v1=" + expected)

            let body = try ChannelHarness.json(request)
            #expect(body["schema"] as? String == "casewatch.delivery.v1")
            #expect(body["delivery"] as? String == "delivery-42")
            #expect(body["receiver"] as? String == "district")
            #expect(body["attempt"] as? Int == 3)
            #expect(body["sent_at"] as? String == "2024-10-16T02:57:00Z")
            #expect((body["title"] as? String)?.hasPrefix("【超时】") == true)
            let notices = try #require(body["notices"] as? [[String: Any]])
            #expect(notices.count == 1)
            let notice = notices[0]
            #expect(notice["kind"] as? String == "escalation")
            #expect(notice["case_id"] as? String == "2024101600123")
            #expect(notice["cycle"] as? Int == 1)
            #expect(notice["unit"] as? String == "cc.nanguan.dongling")
            #expect(notice["category"] as? String == "城市管理.占道经营")
            #expect(notice["urgency"] as? String == "normal")
            #expect(notice["tier"] as? String == "overdue")
            #expect(notice["action"] as? String == "mark-overdue")
            #expect(notice["due_at"] as? String == "2024-10-16T01:27:00Z")
            #expect(notice["at"] as? String == "2024-10-16T02:57:00Z")
            #expect(notice["lateness_seconds"] as? Int == 5_400)
            #expect(notice["link"] as? String == "https://casewatch.example.gov.cn/cases/2024101600123")
            #expect(notice["signoff"] is NSNull)
            #expect(notice["next"] is NSNull)
            #expect(Set(notice.keys) == [
                "kind", "case_id", "cycle", "unit", "category", "urgency", "tier", "action", "due_at", "at",
                "lateness_seconds", "link", "signoff", "next",
            ])
        }
    }

    @Test func aWebhookWithoutASecretIsUnsignedAndConfiguredHeadersCannotForgeOurs() async throws {
        try await ChannelHarness.withReceiver { local in
            let receiver = DeliveryFixtures.receiver(
                "plain", .webhook(url: local.url(), secret: nil, headers: ["x-casewatch-signature": "forged"]))
            _ = try await ChannelHarness.withSender { await $0.send(DeliveryFixtures.job(receiver), now: DeliveryFixtures.now) }
            let request = try #require(local.requests.first)
            #expect(request.header("X-CaseWatch-Signature") == nil)
            #expect(request.header("X-CaseWatch-Delivery") == "d-1")
        }
    }

    @Test func aMissingSecretFailsTheAttemptWithoutContactingTheReceiver() async throws {
        try await ChannelHarness.withReceiver { local in
            let receiver = DeliveryFixtures.receiver(
                "district", .webhook(url: local.url(), secret: .environment("NOT_SET"), headers: [:]))
            let result = try await ChannelHarness.withSender { await $0.send(DeliveryFixtures.job(receiver), now: DeliveryFixtures.now) }
            #expect(result == .failed(httpStatus: nil, error: "secret variable $NOT_SET is not set", retryAfter: nil))
            #expect(local.requests.isEmpty)
        }
    }

    @Test func aGroupGoesAsOneBodyWithEveryNotice() async throws {
        try await ChannelHarness.withReceiver { local in
            let receiver = DeliveryFixtures.receiver("district", .webhook(url: local.url(), secret: nil, headers: [:]))
            let notices = (1...3).map { DeliveryFixtures.escalation("C\($0)", tier: .warning, late: 0) }
            _ = try await ChannelHarness.withSender {
                await $0.send(DeliveryFixtures.job(receiver, notices: notices), now: DeliveryFixtures.now)
            }
            let body = try ChannelHarness.json(try #require(local.requests.first))
            #expect((body["notices"] as? [[String: Any]])?.compactMap { $0["case_id"] as? String } == ["C1", "C2", "C3"])
            #expect(body["title"] as? String == "东岭社区 3 件诉求到达办理时限预警点，请抓紧办理")
        }
    }
}
