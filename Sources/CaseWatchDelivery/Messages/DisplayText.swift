import CaseWatchCore

/// How instants, durations and the core's names read in a Chinese message.
enum DisplayText {
    /// `2024-10-16 10:57` in `zone`.
    static func instant(_ instant: Instant, in zone: ZoneRules) -> String {
        let local = zone.localTime(of: instant)
        let minutes = local.secondOfDay / 60
        return "\(local.date) \(pad(minutes / 60)):\(pad(minutes % 60))"
    }

    /// `2天3小时`, `3小时20分钟`, `5分钟`, `不足1分钟`.
    static func duration(seconds: Int64) -> String {
        let days = seconds / 86_400
        let hours = seconds % 86_400 / 3_600
        let minutes = seconds % 3_600 / 60
        var parts: [String] = []
        if days > 0 { parts.append("\(days)天") }
        if hours > 0 { parts.append("\(hours)小时") }
        if minutes > 0 && days == 0 { parts.append("\(minutes)分钟") }
        return parts.isEmpty ? "不足1分钟" : parts.joined()
    }

    /// 紧急 / 一般 for the usual urgencies, the name itself otherwise.
    static func urgency(_ urgency: Urgency) -> String {
        switch urgency.rawValue {
        case "urgent": "紧急"
        case "normal": "一般"
        default: urgency.rawValue
        }
    }

    /// 批准 / 驳回 / 退回… for a sign-off's status.
    static func signoffStatus(_ status: SignoffStatus) -> String {
        switch status {
        case .pending: "待批示"
        case .approved: "已批准"
        case .rejected: "已驳回"
        case .returned: "已退回补充材料"
        case .escalated: "逾期未批，已转呈上级"
        }
    }

    private static func pad(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
}
