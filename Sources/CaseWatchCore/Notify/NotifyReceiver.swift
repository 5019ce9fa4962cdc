/// A named destination of messages: one channel with its settings, as `policies/notify.yaml` declares it.
public struct NotifyReceiver: Hashable, Sendable {
    /// The receiver's name, unique in the routing (`district-office`, `centre-robot`).
    public let name: String
    /// How messages reach it.
    public let channel: NotifyChannel
    /// When set, non-urgent messages reach it only inside the work calendar's working hours (a warning
    /// raised on Saturday night arrives at the start of the next working day, make-up days included).
    public let workingHoursOnly: Bool
    /// Non-urgent messages for this receiver within this many seconds of the first are sent as one; 0 sends
    /// each at once.
    public let groupWaitSeconds: Int64
    /// How long one attempt may take before it counts as failed, in seconds.
    public let timeoutSeconds: Int64
    /// How long after its creation a delivery that has not reached the receiver is given up as dead.
    public let maxAgeSeconds: Int64

    /// Creates a receiver.
    public init(
        name: String, channel: NotifyChannel, workingHoursOnly: Bool = false, groupWaitSeconds: Int64 = 0,
        timeoutSeconds: Int64 = 10, maxAgeSeconds: Int64 = 86_400
    ) {
        self.name = name
        self.channel = channel
        self.workingHoursOnly = workingHoursOnly
        self.groupWaitSeconds = groupWaitSeconds
        self.timeoutSeconds = timeoutSeconds
        self.maxAgeSeconds = maxAgeSeconds
    }
}

/// A channel and its settings; secrets are named, never held (``SecretReference``).
public enum NotifyChannel: Hashable, Sendable {
    /// JSON posted to `url`, signed with HMAC-SHA256 under the secret when one is named.
    case webhook(url: String, secret: SecretReference?, headers: [String: String])
    /// A WeCom group robot (企业微信群机器人): markdown posted to its webhook URL, whose `key` is the secret.
    case wecom(url: String, key: SecretReference?)
    /// A DingTalk custom robot (钉钉自定义机器人): markdown, the URL signed with the robot's secret.
    case dingtalk(url: String, secret: SecretReference?)
    /// A Feishu custom bot (飞书自定义机器人): a post message, signed with the bot's secret when it has one.
    case feishu(url: String, secret: SecretReference?)
    /// A program given the message on standard input and its fields in the environment (SMS gateways, mail).
    case command(path: String, arguments: [String])

    /// The channel's name as `notify.yaml` spells it.
    public var kind: String {
        switch self {
        case .webhook: "webhook"
        case .wecom: "wecom"
        case .dingtalk: "dingtalk"
        case .feishu: "feishu"
        case .command: "command"
        }
    }
}

/// Where a secret comes from: an environment variable, or a file only its owner may read (mode 600).
public enum SecretReference: Hashable, Sendable, CustomStringConvertible {
    /// The value of an environment variable.
    case environment(String)
    /// The contents of a file, trailing newline removed.
    case file(String)

    /// Where the secret is read from, never the secret itself.
    public var description: String {
        switch self {
        case let .environment(name): "$\(name)"
        case let .file(path): path
        }
    }
}
