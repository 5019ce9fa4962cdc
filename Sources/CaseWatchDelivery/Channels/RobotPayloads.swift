import Foundation

/// A WeCom group robot's markdown message: `{"msgtype":"markdown","markdown":{"content":…}}` (content at most
/// 4096 bytes of UTF-8).
struct WeComMarkdown: Encodable {
    /// The most bytes WeCom accepts in a markdown message.
    static let contentLimit = 4096

    let msgtype = "markdown"
    let markdown: Content

    struct Content: Encodable { let content: String }

    init(_ message: DeliveryMessage) {
        markdown = Content(content: Truncation.utf8(message.markdown, limit: Self.contentLimit))
    }
}

/// A DingTalk custom robot's markdown message: `{"msgtype":"markdown","markdown":{"title":…,"text":…}}`.
struct DingTalkMarkdown: Encodable {
    let msgtype = "markdown"
    let markdown: Content

    struct Content: Encodable {
        let title: String
        let text: String
    }

    init(_ message: DeliveryMessage) {
        markdown = Content(title: message.title, text: message.markdown)
    }
}

/// A Feishu custom bot's rich-text message: `{"msg_type":"post","content":{"post":{"zh_cn":{"title":…,
/// "content":[[{"tag":"text","text":…}],…]}}}}`, with `timestamp` and `sign` when the bot has a secret.
struct FeishuPost: Encodable {
    let timestamp: String?
    let sign: String?
    let msgType = "post"
    let content: Content

    enum CodingKeys: String, CodingKey { case timestamp, sign, msgType = "msg_type", content }

    struct Content: Encodable { let post: Post }
    struct Post: Encodable {
        let zhCN: Body
        enum CodingKeys: String, CodingKey { case zhCN = "zh_cn" }
    }
    struct Body: Encodable {
        let title: String
        let content: [[Element]]
    }
    struct Element: Encodable {
        let tag: String
        let text: String
        let href: String?
    }

    init(_ message: DeliveryMessage, link: String?, timestamp: Int64?, sign: String?) {
        self.timestamp = timestamp.map(String.init)
        self.sign = sign
        var rows = message.text.split(separator: "\n", omittingEmptySubsequences: false).dropFirst()
            .filter { !$0.hasPrefix("查看工单：") }
            .map { [Element(tag: "text", text: String($0), href: nil)] }
        if let link { rows.append([Element(tag: "a", text: "查看工单", href: link)]) }
        content = Content(post: Post(zhCN: Body(title: message.title, content: rows)))
    }
}

/// Cutting text to a byte budget without splitting a character.
enum Truncation {
    /// `text` if it fits in `limit` bytes of UTF-8, else its longest prefix that fits with `…` after it.
    static func utf8(_ text: String, limit: Int) -> String {
        guard text.utf8.count > limit else { return text }
        var result = ""
        var used = 0
        let ellipsis = "…".utf8.count
        for character in text {
            let size = character.utf8.count
            guard used + size + ellipsis <= limit else { break }
            result.append(character)
            used += size
        }
        return result + "…"
    }
}
