import CaseWatchCore

/// One sign-off as `casewatch signoff list` prints it (and as JSON).
struct SignoffRow: Encodable {
    let id: Int64
    let caseID: String
    let unit: String
    let level: String
    let status: String
    /// How late the case is: its most pressing deadline's state, e.g. `overdue 4d 1h`.
    let caseState: String
    let due: String
    /// How long the sign-off has left: `1d 3h left`, `expired 20m ago`, or `paused (returned)`.
    let left: String

    enum CodingKeys: String, CodingKey {
        case id, unit, level, status, due, left
        case caseID = "case"
        case caseState = "case_state"
    }

    /// The row of `signoff`, its case as `projection` shows it at `now`.
    init(_ signoff: Signoff, projection: CaseProjection?, now: Instant, show: (Instant) -> String) {
        id = signoff.id
        caseID = signoff.caseID.rawValue
        unit = signoff.unit.rawValue
        level = signoff.level
        status = signoff.status.rawValue
        caseState = projection.flatMap { CaseView.summary(of: $0, now: now) } ?? "-"
        due = show(signoff.dueAt)
        left = Self.left(signoff, now: now)
    }

    /// How long a sign-off has left at `now`.
    static func left(_ signoff: Signoff, now: Instant) -> String {
        switch signoff.status {
        case .returned:
            return "paused (returned)"
        case .pending:
            let seconds = signoff.dueAt.secondsSinceEpoch - now.secondsSinceEpoch
            return seconds >= 0 ? "\(DurationText.describe(seconds)) left" : "expired \(DurationText.describe(seconds)) ago"
        case .approved, .rejected, .escalated:
            return "-"
        }
    }
}
