import CaseWatchCore
import Yams

/// Reads the `ladder` list of a policy: one mapping per escalation tier.
struct LadderReader {
    static let keys = ["tier", "at", "after", "of", "action", "points", "level"]

    let log: DiagnosticLog
    private var read: ScalarReader { ScalarReader(log: log) }

    /// The tiers that could be read, with their list items; a tier with any problem is left out.
    func ladder(_ node: Node) -> [Located<LadderTier>] {
        guard let items = read.list(node, "the escalation ladder") else { return [] }
        return items.enumerated().compactMap { index, item in
            tier(item, number: index + 1).map { Located(value: $0, node: item) }
        }
    }

    /// The tier, or nil when any of its keys had a problem.
    private func tier(_ node: Node, number: Int) -> LadderTier? {
        let problemsBefore = log.count
        guard let fields = Fields(node, "ladder tier \(number)", allowed: Self.keys, log: log) else { return nil }
        let name = fields.required("tier", example: "tier: warning").flatMap { read.choice($0, "tier", TierName.self) }
        let trigger = trigger(fields)
        let deadline = fields["of"].flatMap { read.choice($0, "deadline", DeadlineKind.self) } ?? .resolve
        let action = fields.required("action", example: "action: warn").flatMap { read.choice($0, "action", TierAction.self) }
        let points = fields["points"].flatMap { read.parsed($0, "points", HundredthsText.points) } ?? 0
        let level = fields["level"].flatMap { read.text($0, "the sign-off level, e.g. district") }
        guard let name, let trigger, let action, log.count == problemsBefore else { return nil }
        return LadderTier(
            name: name, deadline: deadline, trigger: trigger, action: action,
            points: AssessmentPoints(hundredths: points), signoffLevel: level
        )
    }

    /// Exactly one of `at: <percentage>` and `after: <duration>`.
    private func trigger(_ fields: Fields) -> TierTrigger? {
        switch (fields["at"], fields["after"]) {
        case let (at?, nil):
            return read.parsed(at, "a percentage such as 80%", HundredthsText.percentage).map { .percent(basisPoints: $0) }
        case let (nil, after?):
            return read.duration(after).map { .after($0) }
        case (.some, .some):
            log.error("a tier falls due either 'at' a percentage or 'after' a duration, not both; remove one", at: fields.keyNode("after")!)
            return nil
        case (nil, nil):
            log.error("\(fields.what) has no trigger; add 'at: 80%' (share of the deadline) or 'after: 1 working day' (past it)", at: fields.node)
            return nil
        }
    }
}
