import CaseWatchCore

/// The Chinese title and one line per case of a grouped message ("东岭社区 12 件诉求临近办理时限").
enum GroupWording {
    /// The title: the unit (or how many units), how many cases, what happened to them.
    static func title(_ notices: [Notice], renderer: MessageRenderer) -> String {
        let units = Set(notices.map(\.unit))
        let who =
            units.count == 1 ? renderer.displayName(notices[0].unit) : "\(units.count) 个承办单位"
        return "\(who) \(notices.count) 件诉求\(phrase(notices))"
    }

    /// One case's line: case, category, unit (when several), due instant, lateness.
    static func line(_ notice: Notice, renderer: MessageRenderer, withCase: Bool = true) -> String {
        var parts: [String] = withCase ? [notice.caseID.rawValue] : []
        parts.append(renderer.displayName(notice.unit))
        parts.append(notice.category)
        if let dueAt = notice.dueAt { parts.append("时限 \(DisplayText.instant(dueAt, in: renderer.zone))") }
        if notice.latenessSeconds > 0 { parts.append("逾期 \(DisplayText.duration(seconds: notice.latenessSeconds))") }
        if let next = notice.next {
            parts.append("\(DisplayText.instant(next.dueAt, in: renderer.zone)) 起\(next.tier.chinese)")
        }
        return parts.joined(separator: "，")
    }

    private static func phrase(_ notices: [Notice]) -> String {
        let kinds = Set(notices.map(\.kind))
        let tiers = Set(notices.compactMap(\.tier))
        guard kinds.count == 1, let kind = kinds.first else { return "有新的督办提醒" }
        switch kind {
        case .escalation:
            guard tiers.count == 1, let tier = tiers.first else { return "触发督办升级" }
            switch tier {
            case .warning: return "到达办理时限预警点，请抓紧办理"
            case .overdue: return "已超过办理时限"
            case .urge: return "被催办，请立即办理并反馈"
            case .leadership: return "已提级督办"
            case .notice: return "予以通报"
            }
        case .signoffRequested: return "待领导批示"
        case .signoffPassedUp: return "逾期未批，已转呈上级领导"
        case .signoffDecided: return "已有批示结果"
        case .supervisionOrder: return "已立督办单"
        }
    }
}
