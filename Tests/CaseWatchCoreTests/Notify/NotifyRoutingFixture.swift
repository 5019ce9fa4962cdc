import CaseWatchCore
import CaseWatchTesting

/// Receivers, leaders and notices shared by the routing tests.
enum NotifyRoutingFixture {
    /// The lineage of 东岭社区 (a community of the Ziqiang street, Nanguan district).
    static let dongling: [UnitID] = ["cc.nanguan.ziqiang.dongling", "cc.nanguan.ziqiang", "cc.nanguan", "cc"].map { UnitID($0) }
    /// The lineage of a community of the Kuancheng district.
    static let kuancheng: [UnitID] = ["cc.kuancheng.x.y", "cc.kuancheng.x", "cc.kuancheng", "cc"].map { UnitID($0) }

    /// A receiver sending to a local program, with the given working hours and group wait.
    static func receiver(_ name: String, workingHours: Bool = false, groupWait: Int64 = 0) -> NotifyReceiver {
        NotifyReceiver(name: name, channel: .command(path: "/bin/true", arguments: []), workingHoursOnly: workingHours, groupWaitSeconds: groupWait)
    }

    /// A routing over receivers named `names` (no wait, any hour).
    static func routing(
        _ names: [String], routes: [NotifyRoute], contacts: [UnitID: [String]] = [:], leaderReceivers: [String: [String]] = [:]
    ) -> NotifyRouting {
        NotifyRouting(
            receivers: Dictionary(uniqueKeysWithValues: names.map { ($0, receiver($0)) }), routes: routes,
            unitContacts: contacts, leaderReceivers: leaderReceivers
        )
    }

    /// The roster: district leaders of Nanguan and Kuancheng, a city leader.
    static let leaders = [
        Leader(id: "l-nanguan-01", name: "李春梅", title: "区长", level: "district", jurisdiction: UnitID("cc.nanguan")),
        Leader(id: "l-kuancheng-01", name: "高立军", title: "区长", level: "district", jurisdiction: UnitID("cc.kuancheng")),
        Leader(id: "l-cc-01", name: "刘志远", title: "副市长", level: "city", jurisdiction: UnitID("cc")),
    ]

    /// A notice of `kind` for a case of 东岭社区 (or `unit`), at `at`.
    static func notice(
        _ kind: NoticeKind = .escalation, tier: TierName? = .warning, action: TierAction? = .warn, urgency: String = "normal",
        category: String = "road.pothole", unit: UnitID = dongling[0], level: String? = nil,
        at: Instant = Instant(secondsSinceEpoch: 1_727_000_000)
    ) -> Notice {
        Notice(
            kind: kind, caseID: CaseID("C-1"), cycle: 1, unit: unit, category: category, urgency: Urgency(urgency),
            tier: tier, action: action, dueAt: at, at: at,
            signoff: level.map { SignoffFacts(id: 7, level: $0, status: .pending, decidedBy: nil, orderCaseID: nil) }, next: nil
        )
    }
}
