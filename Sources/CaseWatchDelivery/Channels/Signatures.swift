import Crypto
import Foundation

/// The signatures the channels need: CaseWatch's own webhook signature and the robots' published ones.
public enum Signatures {
    /// `v1=<hex HMAC-SHA256(secret, "<timestamp>.<body>")>`: the `X-CaseWatch-Signature` header of a webhook.
    public static func webhook(secret: String, timestamp: Int64, body: [UInt8]) -> String {
        var message = Array("\(timestamp).".utf8)
        message.append(contentsOf: body)
        let code = HMAC<SHA256>.authenticationCode(for: message, using: SymmetricKey(data: Array(secret.utf8)))
        return "v1=" + code.map { String($0, radix: 16).leftPadded(to: 2) }.joined()
    }

    /// DingTalk's `sign`: base64(HMAC-SHA256(key: secret, message: "<timestamp ms>\n<secret>")), before URL encoding.
    public static func dingTalk(secret: String, timestampMilliseconds: Int64) -> String {
        let message = Array("\(timestampMilliseconds)\n\(secret)".utf8)
        let code = HMAC<SHA256>.authenticationCode(for: message, using: SymmetricKey(data: Array(secret.utf8)))
        return Data(code).base64EncodedString()
    }

    /// Feishu's `sign`: base64(HMAC-SHA256(key: "<timestamp s>\n<secret>", message: empty)).
    public static func feishu(secret: String, timestampSeconds: Int64) -> String {
        let key = SymmetricKey(data: Array("\(timestampSeconds)\n\(secret)".utf8))
        let code = HMAC<SHA256>.authenticationCode(for: [UInt8](), using: key)
        return Data(code).base64EncodedString()
    }
}
