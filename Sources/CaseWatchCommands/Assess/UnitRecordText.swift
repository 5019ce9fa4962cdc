import CaseWatchCore
import CaseWatchEngine

/// A unit's record as text: its score and how it is made, then each case, escalation and ledger line.
enum UnitRecordText {
    /// The record's lines.
    static func lines(_ record: UnitRecord, zone: ZoneRules) -> [String] {
        let row = record.row
        let tally = row.tally
        let time = { (instant: Instant?) in instant.map { InstantFormatter.format($0, in: zone) } ?? "-" }
        var lines = [
            "unit \(record.unit)\(record.name.map { " (\($0))" } ?? ""), \(record.period) (\(record.period.from) to \(record.period.to), \(zone.identifier)) as of \(time(record.asOf))",
            "score \(row.score) = weighted rates less \(row.deductions) deductions; rank \(row.rank.map { "\($0) among \(record.level.rawValue)s" } ?? "none (fewer cases than the small-sample rule, or no cases)")",
            "received \(tally.received); response \((row.responseRate?.description ?? "-")) (\(tally.acceptedOnTime) of \(tally.acceptanceDue) accept deadlines due); "
                + "resolution \((row.resolutionRate?.description ?? "-")) (\(tally.resolvedOnTime) on time, \(tally.resolvedLate) late, \(tally.openOverdue) open overdue); "
                + "satisfaction \((row.satisfactionRate?.description ?? "-")) (\(tally.satisfied) satisfied, \(tally.basicallySatisfied) basically, of \(tally.surveyed) surveyed); "
                + "reopened \(tally.reopened); sign-offs \(tally.signoffs), passed up \(tally.signoffsEscalated)",
            "",
            "cases (\(record.cases.count)):",
        ]
        lines += TextTable.render(
            header: ["case", "unit", "dispatched", "judged against", "accept", "accept due", "accepted", "resolve", "resolve due", "replied", "satisfaction", "reopens"],
            rows: record.cases.map { item in
                let assessed = item.assessed
                let due = { (state: DeadlineState?) in time(state.map { item.againstOriginal ? $0.due : $0.effectiveDue }) }
                return [
                    assessed.caseID.rawValue, assessed.unit?.rawValue ?? "-", time(assessed.dispatchedAt),
                    item.againstOriginal ? "original" : "extended", outcome(item.verdict?.acceptance), due(assessed.accept),
                    time(assessed.accept?.metAt), outcome(item.verdict?.resolution), due(assessed.resolve), time(assessed.resolve?.metAt),
                    item.verdict?.satisfaction?.rawValue ?? "-", "\(assessed.reopens)",
                ]
            }
        )
        lines += ["", "escalations (\(record.escalations.count)):"]
        lines += TextTable.render(
            header: ["id", "case", "cycle", "tier", "unit", "due", "detected", "ladder points", "sign-off", "passed up", "counts"],
            rows: record.escalations.map { escalation in
                [
                    "\(escalation.id)", escalation.caseID.rawValue, "\(escalation.cycle)", escalation.tier.rawValue, escalation.unit.rawValue,
                    time(escalation.dueAt), time(escalation.detectedAt), "\(escalation.points)",
                    escalation.rejected ? "rejected" : (escalation.hasSignoff ? "yes" : "-"), "\(escalation.passedUp)",
                    escalation.rejected ? "no (reversed)" : "yes",
                ]
            }
        )
        lines += ["", "ledger lines (\(record.ledger.count)):"]
        lines += TextTable.render(
            header: ["id", "kind", "unit", "case", "escalation", "points", "at", "reverses"],
            rows: record.ledger.map { line in
                [
                    "\(line.id)", line.kind, line.unit.rawValue, line.caseID?.rawValue ?? "-", line.escalationID.map(String.init) ?? "-",
                    "\(line.points)", time(line.at), line.reverses.map(String.init) ?? "-",
                ]
            }
        )
        lines.append("deductions under the assessment rules: escalations per tier, \(tally.reopened) reopened, \(tally.signoffsEscalated) passed up = \(row.deductions)")
        return lines
    }

    /// `on time`, `late`, `open overdue`, `pending`, or `-`.
    static func outcome(_ outcome: CaseVerdict.Outcome?) -> String {
        switch outcome {
        case .onTime?: "on time"
        case .late?: "late"
        case .openOverdue?: "open overdue"
        case .pending?: "pending"
        case nil: "-"
        }
    }
}
