import CaseWatchCore

/// DingTalk's signed robot URL: `timestamp` (milliseconds) and `sign` added to the query.
enum DingTalkSigning {
    static func signedURL(_ url: String, secret: String, now: Instant) -> String {
        let milliseconds = now.secondsSinceEpoch * 1_000
        let sign = Signatures.dingTalk(secret: secret, timestampMilliseconds: milliseconds)
        return RobotURL.adding(["timestamp": String(milliseconds), "sign": sign], to: url)
    }
}
