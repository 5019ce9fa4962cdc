import CaseWatchCore
import CaseWatchEngine
import CaseWatchStore
import Foundation

/// What the demo prints after the replay: pending sign-offs, the units' standing, where to look next.
struct DemoReport {
    let text: String

    init(store: any CaseStore, summary: ReplaySummary, zone: ZoneRules, path: String, elapsed: Duration, asOf: Instant) throws {
        let show = { (instant: Instant) in InstantFormatter.format(instant, in: zone) }
        let escalations = try store.read { try $0.escalations() }
        let pending = escalations.filter { $0.signoffStatus == "pending" }
        let tiers = TierName.allCases.compactMap { tier in summary.escalations[tier].map { "\(tier) \($0)" } }
        var lines = [
            "replayed \(summary.cases) cases (\(summary.events) events) in \(String(format: "%.1f", Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18)) s: escalations \(tiers.joined(separator: ", "))",
            "",
            "Sign-offs awaiting leaders (\(pending.count)), oldest first:",
        ]
        lines += TextTable.render(
            header: ["case", "unit", "level", "raised"],
            rows: pending.prefix(10).map { [$0.escalation.caseID.rawValue, $0.escalation.unit.rawValue, $0.escalation.signoffLevel ?? "-", show($0.escalation.detectedAt)] }
        )
        if pending.count > 10 { lines.append("… and \(pending.count - 10) more") }
        lines.append("")
        lines.append("Units' standing (on-time resolution; units with at least 5 judged cases):")
        let ranked = summary.units.compactMap { unit, record -> (UnitID, ReplaySummary.UnitRecord, Double)? in
            guard record.onTime + record.late + record.openOverdue >= 5, let rate = record.onTimeRate else { return nil }
            return (unit, record, rate)
        }.sorted { ($0.2, $0.0.rawValue) > ($1.2, $1.0.rawValue) }
        let rows = (Array(ranked.prefix(5)) + (ranked.count > 10 ? Array(ranked.suffix(5)) : Array(ranked.dropFirst(5)))).map {
            [$0.0.rawValue, String(format: "%.0f%%", $0.2 * 100), "\($0.1.onTime)", "\($0.1.late)", "\($0.1.openOverdue)"]
        }
        lines += TextTable.render(header: ["unit", "on-time rate", "on time", "late", "open overdue"], rows: rows)
        lines += [
            "",
            "The demo database is \(path). Look further with:",
            "  casewatch escalations list --db \(path) --tier leadership",
            "  casewatch cases list --db \(path) --overdue --as-of \(show(asOf))",
            "  casewatch cases show <case> --db \(path)",
            "  casewatch signoff list --all --db \(path)",
            "  casewatch assess --db \(path) --period \(show(asOf.adding(seconds: -1)).prefix(7)) --as-of \(show(asOf)) --level district --format html --out assessment.html",
            "  casewatchd --db \(path)        # supervise it live from now on",
        ]
        text = lines.joined(separator: "\n")
    }
}
