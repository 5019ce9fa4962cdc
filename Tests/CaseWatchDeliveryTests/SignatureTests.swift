import Testing

@testable import CaseWatchDelivery

@Suite struct SignatureTests {
    @Test func theWebhookSignatureIsHexHMACOfTimestampDotBody() {
        let body = Array(#"{"a":1}"#.utf8)
        let signature = Signatures.webhook(secret: "whsec-test", timestamp: 1_700_000_000, body: body)
        // Computed with Python's hmac module, and again from the definition of HMAC.
        #expect(signature == "v1=fed7a1a6c799a6367d73724d76bc70c16678908a32a879cd1ded6565ac05cece")
        let independent = IndependentHMAC.hex(
            IndependentHMAC.sha256(key: Array("whsec-test".utf8), message: Array("1700000000.".utf8) + body))
        #expect(signature == "v1=" + independent)
    }

    @Test func dingTalkSignsTimestampNewlineSecretWithTheSecret() {
        let sign = Signatures.dingTalk(secret: "SECtest123", timestampMilliseconds: 1_700_000_000_000)
        #expect(RobotURL.encode(sign) == "w3RMHXzixTMdzr8OHJUmVLS4IoPJVdu%2BUt1LE48MePE%3D")
        let independent = IndependentHMAC.base64(
            IndependentHMAC.sha256(key: Array("SECtest123".utf8), message: Array("1700000000000\nSECtest123".utf8)))
        #expect(sign == independent)
    }

    @Test func feishuSignsAnEmptyMessageUnderTimestampNewlineSecret() {
        let sign = Signatures.feishu(secret: "SECtest123", timestampSeconds: 1_700_000_000)
        #expect(sign == "eHRRCyLH7Z4IJQSJlfwertHZThRUYVu2hTUH02xPXYU=")
        let independent = IndependentHMAC.base64(
            IndependentHMAC.sha256(key: Array("1700000000\nSECtest123".utf8), message: []))
        #expect(sign == independent)
    }

    @Test func urlEncodingLeavesOnlyUnreservedCharacters() {
        #expect(RobotURL.encode("a+b/c=d e") == "a%2Bb%2Fc%3Dd%20e")
        #expect(RobotURL.adding(["b": "2", "a": "1"], to: "http://x/send?access_token=t") == "http://x/send?access_token=t&a=1&b=2")
        #expect(RobotURL.adding(["key": "k"], to: "http://x/send") == "http://x/send?key=k")
    }
}
