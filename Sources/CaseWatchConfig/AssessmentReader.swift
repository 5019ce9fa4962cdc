import CaseWatchCore
import Yams

/// Reads a `kind: assessment` file: the scoring rules (考核办法), reporting every problem at its node.
///
/// Every key but `kind` may be left out and then keeps its default (``AssessmentRules/standard``);
/// `weights` lists all three indicators and they add up to 100; `deductions` lists points per ladder
/// tier (a tier not listed deducts nothing); points are non-negative with up to two decimals.
struct AssessmentReader {
    static let fileKeys = ["kind", "weights", "deductions", "reopen", "signoff_escalated", "floor", "small_sample"]
    static let weightKeys = ["response", "resolution", "satisfaction"]

    let log: DiagnosticLog
    private var read: ScalarReader { ScalarReader(log: log) }

    /// Reads the file whose root mapping is `root`.
    func file(_ root: Node) -> AssessmentFile {
        let problemsBefore = log.count
        var rules = AssessmentRules.standard
        if let fields = Fields(root, "the assessment rules", allowed: Self.fileKeys, log: log) {
            if let node = fields["weights"], let weights = weights(node) {
                (rules.responseWeight, rules.resolutionWeight, rules.satisfactionWeight) = weights
            }
            if let node = fields["deductions"], let deductions = deductions(node) { rules.tierDeductions = deductions }
            if let node = fields["reopen"], let points = points(node, "the points per reopened case") { rules.reopenDeduction = points }
            if let node = fields["signoff_escalated"], let points = points(node, "the points per sign-off passed up a level") {
                rules.signoffEscalatedDeduction = points
            }
            if let node = fields["floor"], let points = points(node, "the lowest score") {
                if points.hundredths > 10_000 {
                    log.error("the floor is \(points) points, above the highest score; give a floor from 0 to 100", at: node)
                } else {
                    rules.floor = points
                }
            }
            if let node = fields["small_sample"], let minimum = read.integer(node, "the fewest cases a ranked unit has") {
                if minimum < 1 {
                    log.error("small_sample is \(minimum); give the fewest cases a unit needs to be ranked, at least 1, e.g. 10", at: node)
                } else {
                    rules.minimumCases = minimum
                }
            }
        }
        return AssessmentFile(position: log.position(of: root), rules: log.count == problemsBefore ? rules : nil)
    }

    /// `weights: {response: 30, resolution: 35, satisfaction: 35}`: whole percentages adding up to 100.
    private func weights(_ node: Node) -> (Int, Int, Int)? {
        let problemsBefore = log.count
        guard let fields = Fields(node, "'weights'", allowed: Self.weightKeys, log: log) else { return nil }
        let values = Self.weightKeys.map { key -> Int? in
            guard let value = fields.required(key, example: "\(key): 35") else { return nil }
            guard let weight = read.integer(value, "the weight of the \(key) rate in percent") else { return nil }
            guard weight >= 0 else {
                log.error("the \(key) weight is \(weight); a weight is a percentage from 0 to 100", at: value)
                return nil
            }
            return weight
        }
        let weights = values.compactMap { $0 }
        guard weights.count == 3, log.count == problemsBefore else { return nil }
        let sum = weights.reduce(0, +)
        guard sum == 100 else {
            log.error(
                "the weights add up to \(sum); make response + resolution + satisfaction add up to 100, e.g. 30, 35 and 35",
                at: node
            )
            return nil
        }
        return (weights[0], weights[1], weights[2])
    }

    /// `deductions: {overdue: 1, urge: 2, …}`: points per escalation of each tier.
    private func deductions(_ node: Node) -> [TierName: AssessmentPoints]? {
        let problemsBefore = log.count
        let tiers = TierName.allCases.map(\.rawValue)
        guard let entries = MappingEntry.entries(of: node, "the deductions per ladder tier", log: log) else { return nil }
        var deductions: [TierName: AssessmentPoints] = [:]
        for entry in entries {
            guard let tier = TierName(rawValue: entry.name) else {
                let hint = closestMatch(to: entry.name, among: tiers).map { "did you mean '\($0)'?" }
                    ?? "the ladder's tiers are \(tiers.joined(separator: ", "))"
                log.error("unknown tier '\(entry.name)'; \(hint)", at: entry.key)
                continue
            }
            if let points = points(entry.value, "the points per \(tier.rawValue) escalation") { deductions[tier] = points }
        }
        return log.count == problemsBefore ? deductions : nil
    }

    /// Non-negative points with up to two decimals.
    private func points(_ node: Node, _ what: String) -> AssessmentPoints? {
        read.parsed(node, what) { text throws(ValueProblem) in
            let hundredths = try HundredthsText.points(text)
            guard hundredths >= 0 else {
                throw ValueProblem("\(what) is \(text); deductions are written as positive points, e.g. 2 or 0.5")
            }
            return AssessmentPoints(hundredths: hundredths)
        }
    }
}

/// An assessment file: where it starts (for the one-file rule) and the rules when it has no problem.
struct AssessmentFile {
    /// The top of the file.
    let position: SourcePosition
    /// The rules; nil when the file has any problem.
    let rules: AssessmentRules?
}
