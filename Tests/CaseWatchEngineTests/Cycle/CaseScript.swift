import CaseWatchCore
import CaseWatchTesting
import Foundation

/// Event lines of whole cases: registered, dispatched, and for some accepted, replied and closed.
enum CaseScript {
    /// The categories and urgencies cases are drawn from: working-day clocks and round-the-clock ones.
    static let kinds: [(category: String, urgency: String)] = [
        ("sanitation", "normal"), ("consultation", "normal"), ("water.outage", "normal"),
        ("road.pothole", "urgent"), ("environment.noise", "urgent"), ("water.outage", "urgent"),
    ]

    /// A case registered at `at` and dispatched a minute later to `unit`; with `replyAfter` (seconds after
    /// the dispatch) it is accepted, replied and closed then.
    static func lines(
        _ caseID: String, at: Instant, kind: (category: String, urgency: String), unit: String, replyAfter: Int64? = nil
    ) -> [String] {
        let dispatched = at.adding(seconds: 60)
        var lines = [
            IntakeLine.json(id: "\(caseID)-1", case: caseID, type: "registered", at: at, fields: ["category": kind.category, "urgency": kind.urgency]),
            IntakeLine.json(id: "\(caseID)-2", case: caseID, type: "dispatched", at: dispatched, fields: ["unit": unit]),
        ]
        if let replyAfter {
            lines.append(IntakeLine.json(id: "\(caseID)-3", case: caseID, type: "accepted", at: dispatched.adding(seconds: min(60, replyAfter))))
            lines.append(IntakeLine.json(id: "\(caseID)-4", case: caseID, type: "replied", at: dispatched.adding(seconds: replyAfter)))
            lines.append(IntakeLine.json(id: "\(caseID)-5", case: caseID, type: "closed", at: dispatched.adding(seconds: replyAfter + 600), fields: ["satisfaction": "satisfied"]))
        }
        return lines
    }

    /// `count` cases registered at random instants in [from, to): a mix of kinds and units, a quarter of
    /// them replied and closed within 30 minutes of dispatch (before their first tier, which never fires).
    static func random(count: Int, prefix: String, from: Instant, to: Instant, using rng: inout SeededGenerator) -> [String] {
        let span = to.secondsSinceEpoch - from.secondsSinceEpoch
        return (0..<count).flatMap { n -> [String] in
            let at = from.adding(seconds: Int64.random(in: 0..<max(1, span - 3_600), using: &rng))
            let kind = kinds.randomElement(using: &rng)!
            let unit = CycleFixture.units.randomElement(using: &rng)!
            let replied = Int.random(in: 0..<4, using: &rng) == 0
            return lines("\(prefix)\(n)", at: at, kind: kind, unit: unit, replyAfter: replied ? Int64.random(in: 120..<1_800, using: &rng) : nil)
        }
    }
}
