import CaseWatchCore
import CaseWatchEngine
import Foundation

/// The summary `casewatch replay` prints.
struct ReplayReport {
    let summary: ReplaySummary
    let refused: Int
    let database: String

    var text: String {
        var lines = ["replayed \(summary.cases) cases: \(summary.events) events stored, \(refused) records refused"]
        if !summary.createdUnits.isEmpty {
            lines.append("created \(summary.createdUnits.count) top-level units the history named: \(summary.createdUnits.map(\.rawValue).joined(separator: ", "))")
        }
        let tiers = TierName.allCases.compactMap { tier in summary.escalations[tier].map { "\(tier) \($0)" } }
        lines.append("escalations: " + (tiers.isEmpty ? "none" : tiers.joined(separator: ", ")))
        lines.append("")
        let rows = summary.units.sorted { $0.key < $1.key }.map { unit, record -> [String] in
            let rate = record.onTimeRate.map { String(format: "%.1f%%", $0 * 100) } ?? "-"
            return [unit.rawValue, "\(record.onTime)", "\(record.late)", "\(record.openOverdue)", "\(record.other)", rate]
        }
        lines += TextTable.render(header: ["unit", "on time", "late", "open overdue", "no deadline/open", "on-time rate"], rows: rows)
        lines.append("")
        lines.append("database: \(database) — try `casewatch escalations list --db \(database) --tier overdue`")
        return lines.joined(separator: "\n")
    }
}
