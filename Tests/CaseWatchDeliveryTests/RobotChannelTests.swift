import CaseWatchCore
import CaseWatchDelivery
import CaseWatchTesting
import Foundation
import Testing

@Suite struct RobotChannelTests {
    @Test func weComGetsAMarkdownMessageWithTheKeyInItsURL() async throws {
        try await ChannelHarness.withReceiver { local in
            let receiver = DeliveryFixtures.receiver("wecom", .wecom(url: local.url("/cgi-bin/webhook/send"), key: .environment("WECOM_KEY")))
            let result = try await ChannelHarness.withSender { await $0.send(DeliveryFixtures.job(receiver), now: DeliveryFixtures.now) }
            #expect(result == .sent(httpStatus: 200))
            let request = try #require(local.requests.first)
            #expect(request.uri == "/cgi-bin/webhook/send?key=k-123")
            let body = try ChannelHarness.json(request)
            #expect(Set(body.keys) == ["msgtype", "markdown"])
            #expect(body["msgtype"] as? String == "markdown")
            let markdown = try #require(body["markdown"] as? [String: Any])
            #expect(Set(markdown.keys) == ["content"])
            let content = try #require(markdown["content"] as? String)
            #expect(content.hasPrefix("### 【超时】东岭社区：工单 2024101600123"))
            #expect(content.utf8.count <= 4_096)
        }
    }

    @Test func weComMarkdownIsCutToFourKilobytes() async throws {
        try await ChannelHarness.withReceiver { local in
            let receiver = DeliveryFixtures.receiver("wecom", .wecom(url: local.url(), key: nil))
            let notices = (1...200).map { DeliveryFixtures.escalation("CASE-\($0)") }
            let renderer = MessageRenderer(baseURL: "https://casewatch.example.gov.cn", zone: DeliveryFixtures.zone, groupListLimit: 200)
            let http = DeliveryHTTPClient()
            let sender = ChannelSender(http: http, renderer: renderer, secrets: SecretResolver(environment: [:]))
            _ = await sender.send(DeliveryFixtures.job(receiver, notices: notices), now: DeliveryFixtures.now)
            try await http.shutdown()
            let request = try #require(local.requests.first)
            let markdown = try ChannelHarness.json(request)["markdown"] as? [String: Any]
            let content = try #require(markdown?["content"] as? String)
            #expect(content.utf8.count <= 4_096)
            #expect(content.hasSuffix("…"))
        }
    }

    @Test func dingTalkGetsMarkdownWithTitleAndTheURLSignedWithTimestampAndSign() async throws {
        try await ChannelHarness.withReceiver { local in
            let receiver = DeliveryFixtures.receiver(
                "ding", .dingtalk(url: local.url("/robot/send?access_token=tok"), secret: .environment("ROBOT_SECRET")))
            let result = try await ChannelHarness.withSender { await $0.send(DeliveryFixtures.job(receiver), now: DeliveryFixtures.now) }
            #expect(result == .sent(httpStatus: 200))
            let request = try #require(local.requests.first)
            let query = request.query
            #expect(query["access_token"] == "tok")
            let timestamp = try #require(query["timestamp"])
            #expect(timestamp == "1729047420000")
            let sign = try #require(query["sign"]?.removingPercentEncoding)
            let expected = IndependentHMAC.base64(
                IndependentHMAC.sha256(key: Array("SECtest123".utf8), message: Array("\(timestamp)\nSECtest123".utf8)))
            #expect(sign == expected)
            let body = try ChannelHarness.json(request)
            #expect(Set(body.keys) == ["msgtype", "markdown"])
            #expect(body["msgtype"] as? String == "markdown")
            let markdown = try #require(body["markdown"] as? [String: Any])
            #expect(Set(markdown.keys) == ["title", "text"])
            #expect(markdown["title"] as? String == "【超时】东岭社区：工单 2024101600123 已超过办理时限")
            #expect((markdown["text"] as? String)?.contains("承办单位：东岭社区") == true)
        }
    }

    @Test func feishuGetsAPostSignedInItsBody() async throws {
        try await ChannelHarness.withReceiver(otherwise: .ok(body: #"{"code":0,"msg":"success","data":{}}"#)) { local in
            let receiver = DeliveryFixtures.receiver("feishu", .feishu(url: local.url("/open-apis/bot/v2/hook/x"), secret: .environment("ROBOT_SECRET")))
            let result = try await ChannelHarness.withSender { await $0.send(DeliveryFixtures.job(receiver), now: DeliveryFixtures.now) }
            #expect(result == .sent(httpStatus: 200))
            let body = try ChannelHarness.json(try #require(local.requests.first))
            #expect(Set(body.keys) == ["timestamp", "sign", "msg_type", "content"])
            #expect(body["msg_type"] as? String == "post")
            let timestamp = try #require(body["timestamp"] as? String)
            #expect(timestamp == "1729047420")
            let expected = IndependentHMAC.base64(IndependentHMAC.sha256(key: Array("\(timestamp)\nSECtest123".utf8), message: []))
            #expect(body["sign"] as? String == expected)
            let post = try #require(((body["content"] as? [String: Any])?["post"] as? [String: Any])?["zh_cn"] as? [String: Any])
            #expect(post["title"] as? String == "【超时】东岭社区：工单 2024101600123 已超过办理时限")
            let rows = try #require(post["content"] as? [[[String: Any]]])
            #expect(rows.first?.first?["tag"] as? String == "text")
            #expect(rows.first?.first?["text"] as? String == "承办单位：东岭社区")
            let link = try #require(rows.last?.first)
            #expect(link["tag"] as? String == "a")
            #expect(link["href"] as? String == "https://casewatch.example.gov.cn/cases/2024101600123")
        }
    }

    @Test func feishuWithoutASecretSendsNoTimestampOrSign() async throws {
        try await ChannelHarness.withReceiver(otherwise: .ok(body: #"{"code":0,"msg":"success"}"#)) { local in
            let receiver = DeliveryFixtures.receiver("feishu", .feishu(url: local.url(), secret: nil))
            _ = try await ChannelHarness.withSender { await $0.send(DeliveryFixtures.job(receiver), now: DeliveryFixtures.now) }
            let body = try ChannelHarness.json(try #require(local.requests.first))
            #expect(Set(body.keys) == ["msg_type", "content"])
        }
    }

    @Test(arguments: [
        (#"{"errcode":310000,"errmsg":"sign not match"}"#, "errcode 310000: sign not match"),
        (#"{"errcode":93000,"errmsg":"invalid webhook url"}"#, "errcode 93000: invalid webhook url"),
        (#"{"code":19021,"msg":"sign match fail or timestamp is not within one hour from current time"}"#,
         "code 19021: sign match fail or timestamp is not within one hour from current time"),
    ])
    func aRobotsTwoHundredWithAnErrorCodeIsAFailure(answer: String, error: String) async throws {
        try await ChannelHarness.withReceiver(otherwise: .ok(body: answer)) { local in
            let receiver = DeliveryFixtures.receiver("ding", .dingtalk(url: local.url(), secret: nil))
            let result = try await ChannelHarness.withSender { await $0.send(DeliveryFixtures.job(receiver), now: DeliveryFixtures.now) }
            #expect(result == .failed(httpStatus: 200, error: error, retryAfter: nil))
        }
    }
}
