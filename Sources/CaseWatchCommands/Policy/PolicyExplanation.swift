import CaseWatchCore

/// What `casewatch policy explain` shows: the targets applied, their sources, and every due instant.
struct PolicyExplanation: Encodable {
    /// One deadline.
    struct DeadlineRow: Encodable {
        let deadline: String
        let target: String
        let source: String
        let due: String
        let provisional: Bool
    }

    /// One ladder tier.
    struct TierRow: Encodable {
        let tier: String
        let when: String
        let action: String
        let points: String
        let level: String?
        let due: String
        let provisional: Bool
    }

    let policyVersion: String
    let calendar: String
    let zone: String
    let category: String
    let urgency: String
    let registered: String
    let deadlines: [DeadlineRow]
    let ladder: [TierRow]
    let provisional: Bool

    enum CodingKeys: String, CodingKey {
        case calendar, zone, category, urgency, registered, deadlines, ladder, provisional
        case policyVersion = "policy_version"
    }

    init(
        policy: Policy, calendar: WorkCalendar, category: CaseCategory, urgency: Urgency,
        registered: Instant, schedule: CaseSchedule
    ) {
        let show = { (instant: Instant) in InstantFormatter.format(instant, in: calendar.zone) }
        self.policyVersion = policy.version
        self.calendar = calendar.name
        self.zone = calendar.zone.identifier
        self.category = category.description
        self.urgency = urgency.rawValue
        self.registered = show(registered)
        self.deadlines = DeadlineKind.allCases.map { kind in
            let target = schedule.targets[kind]!
            let deadline = schedule.deadlines[kind]!
            return DeadlineRow(
                deadline: kind.rawValue, target: target.duration.description, source: target.source.description,
                due: show(deadline.due), provisional: deadline.provisional
            )
        }
        self.ladder = schedule.tiers.map { scheduled in
            let tier = scheduled.tier
            let when: String
            switch tier.trigger {
            case .percent: when = "\(tier.trigger) of \(tier.deadline)"
            case let .after(duration): when = "\(duration) after \(tier.deadline)"
            }
            return TierRow(
                tier: tier.name.rawValue, when: when, action: tier.action.rawValue, points: tier.points.description,
                level: tier.signoffLevel, due: show(scheduled.due), provisional: scheduled.provisional
            )
        }
        self.provisional = deadlines.contains(where: \.provisional) || ladder.contains(where: \.provisional)
    }

    /// The explanation as aligned text for a terminal.
    var table: String {
        let mark = { (provisional: Bool) in provisional ? " (provisional)" : "" }
        var lines = [
            "Policy \(policyVersion) on calendar \(calendar) (\(zone))",
            "Case: category \(category), urgency \(urgency), registered \(registered)",
            "",
        ]
        lines += TextTable.render(
            header: ["deadline", "target", "set by", "due"],
            rows: deadlines.map { [$0.deadline, $0.target, $0.source, $0.due + mark($0.provisional)] }
        )
        lines.append("")
        lines += TextTable.render(
            header: ["tier", "when", "action", "points", "due"],
            rows: ladder.map {
                [$0.tier, $0.when, $0.action + ($0.level.map { " (\($0))" } ?? ""), $0.points, $0.due + mark($0.provisional)]
            }
        )
        return lines.joined(separator: "\n")
    }
}
