import CaseWatchCore

/// The checksum every export states: FNV-1a 64 over a canonical text of the report's figures.
///
/// It identifies an assessment (the same period, as-of, level, policy versions, event-log range and
/// figures give the same checksum in every format and language) and catches accidental edits; it is not
/// a cryptographic seal. The canonical text is UTF-8, one line per item, each ending in `\n`, fields
/// separated by a tab; every text field is written as `<UTF-8 byte count>:<text>` so that no text can
/// imitate a separator:
///
/// ```
/// casewatch-assessment/1
/// period  <from>  <to>  <zone>
/// as_of   <seconds since the Unix epoch>
/// level   <level>
/// policy  <version>                      (one line per version, in the report's order)
/// event_log  <first seq>  <last seq>     (or `event_log  -` for an empty log)
/// row    <unit> <counts…> <deductions> <score> <rank or ->   (one per row, in the report's order)
/// total  <unit> <counts…> <deductions> <score> -
/// ```
///
/// The counts are, in order: received, acceptance due, accepted on time, resolved on time, resolved
/// late, open and overdue, surveyed, satisfied, basically satisfied, reopened, escalations per tier
/// (warning, overdue, urge, leadership, notice), sign-offs passed up, sign-offs; deductions and score are
/// in hundredths of a point. The checksum is `fnv1a64:` and the 64-bit FNV-1a hash of those bytes in
/// sixteen lower-case hex digits.
public enum AssessmentChecksum {
    /// `fnv1a64:` and sixteen hex digits: the checksum of `report`.
    public static func of(_ report: AssessmentReport) -> String {
        let hash = fnv1a64(Array(canonicalText(report).utf8))
        let hex = String(hash, radix: 16)
        return "fnv1a64:" + String(repeating: "0", count: 16 - hex.count) + hex
    }

    /// The canonical text the checksum is computed over (see the type's documentation).
    public static func canonicalText(_ report: AssessmentReport) -> String {
        var lines = ["casewatch-assessment/1"]
        lines.append(["period", text(report.from.description), text(report.to.description), text(report.zone)].joined(separator: "\t"))
        lines.append("as_of\t\(report.asOf.secondsSinceEpoch)")
        lines.append("level\t" + text(report.level))
        lines += report.policyVersions.map { "policy\t" + text($0) }
        lines.append(report.eventLogRange.map { "event_log\t\($0.lowerBound)\t\($0.upperBound)" } ?? "event_log\t-")
        lines += report.rows.map { fields("row", $0, rank: $0.rank.map(String.init) ?? "-") }
        lines.append(fields("total", report.total, rank: "-"))
        return lines.map { $0 + "\n" }.joined()
    }

    /// The 64-bit FNV-1a hash of `bytes` (offset basis 0xcbf29ce484222325, prime 0x100000001b3).
    public static func fnv1a64(_ bytes: [UInt8]) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes {
            hash ^= UInt64(byte)
            hash &*= 0x0000_0100_0000_01b3
        }
        return hash
    }

    /// `<byte count>:<text>`.
    private static func text(_ value: String) -> String { "\(value.utf8.count):\(value)" }

    /// One row's line.
    private static func fields(_ kind: String, _ row: AssessmentRow, rank: String) -> String {
        let t = row.tally
        let counts = [
            t.received, t.acceptanceDue, t.acceptedOnTime, t.resolvedOnTime, t.resolvedLate, t.openOverdue, t.surveyed,
            t.satisfied, t.basicallySatisfied, t.reopened,
        ] + TierName.allCases.map { t.escalations[$0] ?? 0 } + [t.signoffsEscalated, t.signoffs, row.deductions.hundredths, row.score.hundredths]
        return ([kind, text(row.unit.rawValue)] + counts.map(String.init) + [rank]).joined(separator: "\t")
    }
}
