/// What the wall shows at one instant, as its `summary` event sends it (snake_case JSON). Instants are RFC
/// 3339 in the display zone; `now` lets the page run its own clock (a daemon's clock may be simulated), and
/// `deadlines` lets it keep "due within the hour" and "due today" current between summaries.
struct WallSummary: Encodable, Sendable {
    /// The daemon's instant of the summary.
    let now: String
    /// Open and overdue cases in all.
    let totals: Counts
    /// Per district (and one row for the city's departments, one for cases no unit holds), most overdue first.
    let districts: [Group]
    /// The earliest unmet deadline of each open case due from `now` to the end of the local day.
    let deadlines: Deadlines
    /// Pending sign-offs per level.
    let signoffs: [SignoffLevel]
    /// The units with most overdue cases, most first.
    let topUnits: [UnitRow]
    /// The latest escalations, newest first.
    let recentEscalations: [EscalationItem]

    /// This summary with only the recent escalations up to id `lastID`: those a stream has passed (it sends
    /// later ones as `escalation` events of their own, which the page marks as new).
    func keepingEscalations(upTo lastID: Int64) -> WallSummary {
        WallSummary(
            now: now, totals: totals, districts: districts, deadlines: deadlines, signoffs: signoffs, topUnits: topUnits,
            recentEscalations: recentEscalations.filter { (Int64($0.id) ?? .max) <= lastID }
        )
    }

    enum CodingKeys: String, CodingKey {
        case now, totals, districts, deadlines, signoffs
        case topUnits = "top_units"
        case recentEscalations = "recent_escalations"
    }

    /// Open and overdue counts.
    struct Counts: Encodable, Sendable {
        let open: Int
        let overdue: Int
    }

    /// A district's row: `kind` is `district`, `departments` (the city's departments) or `unassigned`.
    struct Group: Encodable, Sendable {
        let kind: String
        let unit: String?
        let name: String?
        let open: Int
        let overdue: Int
    }

    /// Deadlines falling due today: `instants` in order (at most ``WallFigures/deadlineLimit``; `truncated`
    /// when there were more), and the end of the day they run to.
    struct Deadlines: Encodable, Sendable {
        let dayEnd: String
        let instants: [String]
        let truncated: Bool

        enum CodingKeys: String, CodingKey {
            case instants, truncated
            case dayEnd = "day_end"
        }
    }

    /// One level's pending sign-offs: how many, and the longest waiting (at most five).
    struct SignoffLevel: Encodable, Sendable {
        let level: String
        let count: Int
        let oldest: [PendingSignoff]
    }

    /// A pending sign-off: the case, the unit, since when it waits and when it is due.
    struct PendingSignoff: Encodable, Sendable {
        let caseID: String
        let unit: String
        let unitName: String
        let waitingSince: String
        let due: String

        enum CodingKeys: String, CodingKey {
            case unit, due
            case caseID = "case_id"
            case unitName = "unit_name"
            case waitingSince = "waiting_since"
        }
    }

    /// A unit with overdue cases.
    struct UnitRow: Encodable, Sendable {
        let unit: String
        let name: String
        let district: String?
        let open: Int
        let overdue: Int
    }
}
