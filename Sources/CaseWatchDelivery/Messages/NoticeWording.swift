import CaseWatchCore

/// The Chinese title and detail lines of one notice, by its kind and tier.
struct NoticeWording {
    let notice: Notice
    let renderer: MessageRenderer

    private var unit: String { renderer.displayName(notice.unit) }
    private var caseID: String { notice.caseID.rawValue }

    /// `【超时】东岭社区：工单 2024101600123 已超过办理时限`.
    var title: String {
        switch notice.kind {
        case .escalation:
            let tier = notice.tier ?? .warning
            return "【\(tier.chinese)】\(unit)：工单 \(caseID) \(Self.escalationPhrase(tier))"
        case .signoffRequested:
            return "【待批示】工单 \(caseID) 提请\(level)领导批示"
        case .signoffPassedUp:
            return "【转呈批示】工单 \(caseID) 逾期未批，已转呈\(level)领导"
        case .signoffDecided:
            let status = notice.signoff.map { DisplayText.signoffStatus($0.status) } ?? "已批示"
            return "【批示结果】工单 \(caseID) \(status)"
        case .supervisionOrder:
            let order = notice.signoff?.orderCaseID.map { " \($0)" } ?? ""
            return "【督办单】工单 \(caseID) 已立督办单\(order)"
        }
    }

    /// What a tier's firing means, after the case number.
    static func escalationPhrase(_ tier: TierName) -> String {
        switch tier {
        case .warning: "临近办理时限，请抓紧办理"
        case .overdue: "已超过办理时限"
        case .urge: "超时未办结，请立即办理并反馈"
        case .leadership: "超时严重，已提级督办"
        case .notice: "超时未办结，予以通报"
        }
    }

    /// The detail lines: the case's facts, lateness, the sign-off, what happens next.
    var lines: [String] {
        var lines = [
            "承办单位：\(unit)",
            "工单编号：\(caseID)（第 \(notice.cycle) 轮办理）",
            "诉求类别：\(notice.category)",
            "紧急程度：\(DisplayText.urgency(notice.urgency))",
        ]
        if let dueAt = notice.dueAt {
            let label = notice.kind == .escalation ? "到期时间" : "批示时限"
            lines.append("\(label)：\(DisplayText.instant(dueAt, in: renderer.zone))")
        }
        if notice.latenessSeconds > 0 {
            lines.append("已逾期：\(DisplayText.duration(seconds: notice.latenessSeconds))")
        }
        if let signoff = notice.signoff {
            lines.append("批示层级：\(signoff.level)")
            if let decidedBy = signoff.decidedBy { lines.append("批示人：\(decidedBy)") }
            if let order = signoff.orderCaseID { lines.append("督办单号：\(order)") }
        }
        if let next = notice.next {
            lines.append("下一步：\(DisplayText.instant(next.dueAt, in: renderer.zone)) 起\(next.tier.chinese)")
        }
        lines.append("发生时间：\(DisplayText.instant(notice.at, in: renderer.zone))")
        return lines
    }

    private var level: String { notice.signoff?.level ?? "" }
}
