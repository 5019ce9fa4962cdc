import Foundation

/// The words on the wall, in each language, by key; the page's script reads them as a JSON object.
enum WallLabels {
    /// The labels of `language`.
    static func of(_ language: WallLanguage) -> [String: String] {
        language == .zh ? chinese : english
    }

    /// The labels as a JSON object (for the page's script).
    static func json(_ language: WallLanguage) -> String {
        let data = (try? JSONSerialization.data(withJSONObject: of(language), options: [.sortedKeys])) ?? Data("{}".utf8)
        return String(decoding: data, as: UTF8.self).replacingOccurrences(of: "</", with: "<\\/")
    }

    static let chinese: [String: String] = [
        "title": "12345热线督办大屏", "open": "在办案件", "overdue": "超时未办", "dueHour": "1小时内到期", "dueToday": "今日到期",
        "signoffsPending": "待领导批示", "districts": "各区在办与超时", "district": "区域", "openShort": "在办", "overdueShort": "超时",
        "escalations": "实时督办", "signoffs": "待批示（按层级）", "topUnits": "超时最多的单位", "departments": "市直部门",
        "unassigned": "未派单", "waiting": "已等待", "noEscalations": "暂无督办", "noSignoffs": "暂无待批示",
        "noOverdue": "暂无超时单位", "connecting": "连接中…", "live": "实时", "reconnecting": "连接中断，正在重连…",
        "refused": "密钥被拒绝：请用有读取权限（read）的密钥重新打开",
        "noKey": "本页需要一个只读密钥。请在地址后加上 #key=<密钥> 打开（密钥用 casewatch keys create wall --scope read 创建）",
        "tier.warning": "预警", "tier.overdue": "超时", "tier.urge": "催办", "tier.leadership": "提级督办", "tier.notice": "通报",
        "level.city": "市级", "level.district": "区级", "late": "迟", "days": "天", "hours": "小时", "minutes": "分", "cases": "件",
        "more": "另有", "truncated": "（仅计前5000件）",
    ]

    static let english: [String: String] = [
        "title": "12345 Hotline Supervision Wall", "open": "Open cases", "overdue": "Overdue", "dueHour": "Due within 1 h",
        "dueToday": "Due today", "signoffsPending": "Awaiting sign-off", "districts": "Open and overdue by district",
        "district": "District", "openShort": "Open", "overdueShort": "Overdue", "escalations": "Escalations, live",
        "signoffs": "Sign-offs pending, by level", "topUnits": "Units with most overdue", "departments": "City departments",
        "unassigned": "Not dispatched", "waiting": "waiting", "noEscalations": "No escalations yet",
        "noSignoffs": "No sign-offs pending", "noOverdue": "No unit is overdue", "connecting": "Connecting…", "live": "Live",
        "reconnecting": "Connection lost, reconnecting…", "refused": "The key was refused: open the page again with a key holding the read scope",
        "noKey": "This page needs a read key. Open it as /#key=<key> (create one with casewatch keys create wall --scope read)",
        "tier.warning": "Warning", "tier.overdue": "Overdue", "tier.urge": "Urge", "tier.leadership": "Leadership",
        "tier.notice": "Public notice", "level.city": "City", "level.district": "District", "late": "late", "days": "d",
        "hours": "h", "minutes": "min", "cases": "", "more": "more:", "truncated": " (first 5,000 counted)",
    ]
}
