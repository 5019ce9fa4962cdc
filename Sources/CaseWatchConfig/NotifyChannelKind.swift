/// The channels a receiver of `kind: notify` may use, and the keys each one takes.
enum NotifyChannelKind: String, CaseIterable {
    /// JSON posted to a URL, signed with HMAC-SHA256.
    case webhook
    /// A WeCom group robot (企业微信群机器人).
    case wecom
    /// A DingTalk custom robot (钉钉自定义机器人).
    case dingtalk
    /// A Feishu custom bot (飞书自定义机器人).
    case feishu
    /// A local program given the message on standard input.
    case command

    /// The keys every receiver may have.
    static let commonKeys = ["name", "channel", "working_hours", "group_wait", "timeout", "max_age"]

    /// The keys of this channel's settings.
    var keys: [String] {
        switch self {
        case .webhook: ["url", "secret_env", "secret_file", "headers"]
        case .wecom: ["url", "key_env", "key_file"]
        case .dingtalk, .feishu: ["url", "secret_env", "secret_file"]
        case .command: ["command"]
        }
    }

    /// The names of the keys that hold the channel's secret reference: an environment variable and a file.
    var secretKeys: (environment: String, file: String)? {
        switch self {
        case .webhook, .dingtalk, .feishu: ("secret_env", "secret_file")
        case .wecom: ("key_env", "key_file")
        case .command: nil
        }
    }

    /// Every key any receiver may have, for a receiver whose channel could not be read.
    static var allKeys: [String] {
        var seen: Set<String> = []
        return (commonKeys + allCases.flatMap(\.keys)).filter { seen.insert($0).inserted }
    }
}
