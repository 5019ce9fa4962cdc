import CaseWatchCore
import CaseWatchStore

/// The text of `casewatch signoff show` (and of `view` in the review): the sign-off, its case's other
/// sign-offs, the unit's recent record and the case in full.
enum SignoffReport {
    /// How far back the unit's record goes.
    static let recordDays: Int64 = 90

    /// The report on `signoff` at `now`.
    static func text(of signoff: Signoff, session: SignoffSession, now: Instant) throws -> String {
        let show = session.show
        let since = now.adding(seconds: -recordDays * 86_400)
        let (unit, lineage, projection, events, escalations, siblings, record, unitSignoffs) = try session.store.read { reader in
            (
                try reader.unit(signoff.unit), try reader.lineage(of: signoff.unit), try reader.projection(of: signoff.caseID),
                try reader.events(of: signoff.caseID), try reader.escalations(caseID: signoff.caseID),
                try reader.signoffs(caseID: signoff.caseID), try reader.escalations(unit: signoff.unit, since: since),
                try reader.signoffs().filter { $0.unit == signoff.unit && $0.escalationDueAt >= since }
            )
        }
        var lines = [
            "Sign-off \(signoff.id): \(signoff.status), \(signoff.level) level, sign by \(show(signoff.dueAt)) (\(SignoffRow.left(signoff, now: now)))",
            "Raised by the leadership tier of case \(signoff.caseID), cycle \(signoff.cycle), due \(show(signoff.escalationDueAt))",
            "Unit charged: \(signoff.unit)\(unit.map { " \($0.name) (\($0.level))" } ?? "")"
                + (lineage.count > 1 ? ", within " + lineage.dropFirst().map(\.rawValue).joined(separator: " < ") : ""),
        ]
        lines += decision(of: signoff, show: show)
        let others = siblings.filter { $0.id != signoff.id }
        if !others.isEmpty {
            lines.append("")
            lines.append("Other sign-offs of this case")
            lines += TextTable.render(
                header: ["id", "cycle", "level", "status", "sign by", "decided by", "order"],
                rows: others.map { ["\($0.id)", "\($0.cycle)", $0.level, $0.status.rawValue, show($0.dueAt), $0.decidedBy ?? "-", $0.orderCaseID?.rawValue ?? "-"] }
            )
        }
        lines.append("")
        lines += unitRecord(record, signoffs: unitSignoffs, unit: signoff.unit)
        lines.append("")
        if let projection {
            lines.append(CaseReport(projection: projection, events: events, escalations: escalations, zone: session.zone, now: now).text)
        } else {
            lines.append("Case \(signoff.caseID) has no projection; `casewatch cases rebuild` recomputes it")
        }
        return lines.joined(separator: "\n")
    }

    /// The decision taken on a sign-off, if any.
    static func decision(of signoff: Signoff, show: (Instant) -> String) -> [String] {
        var lines: [String] = []
        if let by = signoff.decidedBy, let at = signoff.decidedAt {
            lines.append("Decided: \(signoff.status) by \(by) at \(show(at))")
        }
        if let instruction = signoff.instruction { lines.append("Instruction: \(PrintableText.escaped(instruction))") }
        if let reason = signoff.reason { lines.append("Reason: \(PrintableText.escaped(reason))") }
        if let order = signoff.orderCaseID { lines.append("Supervision order: \(order) (`casewatch cases show \(order)`)") }
        if let returned = signoff.returnedAt { lines.append("Returned to the centre at \(show(returned)); its clock is paused until resubmitted") }
        if let next = signoff.escalatedTo { lines.append("Expired unsigned and passed up as sign-off \(next)") }
        return lines
    }

    /// The unit's record over the last ``recordDays`` days: escalations per tier, sign-offs per outcome,
    /// and the latest escalations.
    static func unitRecord(_ escalations: [StoredEscalation], signoffs: [Signoff], unit: UnitID) -> [String] {
        var lines = ["Record of \(unit) over the last \(recordDays) days"]
        guard !escalations.isEmpty else { return lines + ["  no escalations"] }
        let cases = Set(escalations.map(\.escalation.caseID)).count
        let tiers = TierName.allCases.compactMap { tier -> String? in
            let count = escalations.filter { $0.escalation.tier == tier }.count
            return count == 0 ? nil : "\(count) \(tier)"
        }
        lines.append("  \(escalations.count) escalations on \(cases) case\(cases == 1 ? "" : "s"): \(tiers.joined(separator: ", "))")
        let outcomes = SignoffStatus.allCases.compactMap { status -> String? in
            let count = signoffs.filter { $0.status == status }.count
            return count == 0 ? nil : "\(count) \(status)"
        }
        if !outcomes.isEmpty { lines.append("  sign-offs: \(outcomes.joined(separator: ", "))") }
        let points = escalations.reduce(0) { $0 + $1.escalation.points.hundredths }
        lines.append("  points deducted by these escalations: \(AssessmentPoints(hundredths: points))")
        return lines
    }
}
