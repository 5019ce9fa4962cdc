import CaseWatchCore
import Yams

/// Reads the keys of a `kind: policy` file into a ``PolicyDraft``, reporting every problem at its node.
struct PolicyReader {
    static let keys = ["kind", "version", "effective_from", "calendar", "urgencies", "categories", "extensions", "ladder", "signoffs"]

    let log: DiagnosticLog
    private var read: ScalarReader { ScalarReader(log: log) }

    /// Reads the policy whose root mapping is `root`.
    func draft(_ root: Node) -> PolicyDraft? {
        guard let fields = Fields(root, "the policy", allowed: Self.keys, log: log) else { return nil }
        var draft = PolicyDraft()
        if let node = fields["version"] {
            draft.version = read.text(node, "the policy version, e.g. \"2026.1\"").map { Located(value: $0, node: node) }
            if draft.version == nil { draft.reported.insert(.version) }
        }
        if let node = fields["effective_from"] {
            draft.effectiveFrom = read.date(node).map { Located(value: $0, node: node) }
        }
        if let node = fields.required("calendar", example: "calendar: cn-mainland") {
            draft.calendarName = read.text(node, "the name of a calendar").map { Located(value: $0, node: node) }
        }
        draft.urgenciesKey = fields.keyNode("urgencies")
        if let node = fields["urgencies"] {
            readUrgencies(node, into: &draft)
        }
        if let node = fields["categories"] {
            readCategories(node, into: &draft)
        }
        if let node = fields.required("extensions", example: "extensions: {max: 10 working days, assess_against: original}") {
            draft.extensions = extensions(node).map { Located(value: $0, node: node) }
        }
        if let node = fields.required("ladder", example: "ladder: [{tier: warning, at: 80%, action: warn}]") {
            draft.ladder = LadderReader(log: log).ladder(node)
        }
        if let node = fields["signoffs"] {
            draft.signoffs = signoffs(node)
        }
        return draft
    }

    private func readUrgencies(_ node: Node, into draft: inout PolicyDraft) {
        guard let entries = MappingEntry.entries(of: node, "'urgencies'", log: log) else {
            draft.reported.insert(.urgencies)
            return
        }
        for entry in entries {
            let urgency = Urgency(entry.name)
            let problemsBefore = log.count
            let targets = TargetsReader(log: log).targets(entry.value, "urgency '\(urgency)'") ?? DeadlineTargets()
            if log.count > problemsBefore { draft.reported.insert(.urgency(urgency)) }
            draft.urgencies.append(Located(value: (urgency, targets), node: entry.key))
        }
    }

    private func readCategories(_ node: Node, into draft: inout PolicyDraft) {
        guard let categories = MappingEntry.entries(of: node, "'categories'", log: log) else { return }
        for entry in categories {
            guard let category = CaseCategory(entry.name) else {
                log.error("'\(entry.name)' is not a category; write dot-separated names without spaces, e.g. road.pothole", at: entry.key)
                continue
            }
            guard let urgencies = MappingEntry.entries(of: entry.value, "category '\(category)' (urgency: {accept, resolve})", log: log)
            else { continue }
            for urgencyEntry in urgencies {
                let urgency = Urgency(urgencyEntry.name)
                let problemsBefore = log.count
                let what = "category '\(category)', urgency '\(urgency)'"
                guard let targets = TargetsReader(log: log).targets(urgencyEntry.value, what) else { continue }
                if log.count > problemsBefore { draft.reported.insert(.categoryOverride(category, urgency)) }
                draft.overrides[category, default: [:]][urgency] = Located(value: targets, node: urgencyEntry.key)
            }
        }
    }

    private func signoffs(_ node: Node) -> SignoffRule? {
        let problemsBefore = log.count
        guard let fields = Fields(node, "'signoffs'", allowed: ["deadline", "supervision_order"], log: log) else { return nil }
        let deadline = fields["deadline"].flatMap(read.duration) ?? SignoffRule.standard.deadline
        let order = fields["supervision_order"].flatMap(read.duration) ?? SignoffRule.standard.supervisionOrder
        guard log.count == problemsBefore else { return nil }
        return SignoffRule(deadline: deadline, supervisionOrder: order)
    }

    private func extensions(_ node: Node) -> ExtensionRule? {
        let problemsBefore = log.count
        guard let fields = Fields(node, "'extensions'", allowed: ["max", "assess_against"], log: log) else { return nil }
        let maximum = fields.required("max", example: "max: 10 working days").flatMap(read.duration)
        let assessedAgainst = fields["assess_against"]
            .flatMap { read.choice($0, "assessment deadline", ExtensionAssessment.self) } ?? .original
        guard let maximum, log.count == problemsBefore else { return nil }
        return ExtensionRule(maximum: maximum, assessedAgainst: assessedAgainst)
    }
}
