import CaseWatchCore
import CaseWatchStore

/// Builds the wall's ``WallSummary`` from the store at one instant (in one read transaction, off the
/// cooperative pool), grouping units under their district: the unit tree's ancestor of level `district`.
enum WallFigures {
    /// At most this many deadlines are sent.
    static let deadlineLimit = 5_000
    /// At most this many units are listed as most overdue.
    static let topUnitLimit = 8
    /// At most this many recent escalations are sent.
    static let recentLimit = 20
    /// At most this many pending sign-offs are listed per level.
    static let signoffsListed = 5

    /// The summary at `now`, instants in `zone`; also the units by id (for naming escalations later).
    static func summary(store: any CaseStore, now: Instant, zone: ZoneRules) async throws -> (WallSummary, UnitDirectory) {
        let dayEnd = zone.instant(dayNumber: zone.dayNumber(of: now) + 1, secondOfDay: 0)
        let (units, counts, deadlines, signoffs, recent) = try await BlockingWork.run("casewatch.http.wall.summary") {
            try store.read { reader in
                (
                    try reader.units(), try reader.openCaseCounts(at: now),
                    try reader.openDeadlines(from: now, until: dayEnd, limit: deadlineLimit + 1),
                    try reader.pendingSignoffAges(), try reader.latestEscalations(limit: recentLimit)
                )
            }
        }
        let directory = UnitDirectory(units)
        let format = { (instant: Instant) in InstantFormatter.format(instant, in: zone) }
        let summary = WallSummary(
            now: format(now),
            totals: .init(open: counts.reduce(0) { $0 + $1.open }, overdue: counts.reduce(0) { $0 + $1.overdue }),
            districts: groups(counts, directory: directory),
            deadlines: .init(
                dayEnd: format(dayEnd), instants: deadlines.prefix(deadlineLimit).map(format), truncated: deadlines.count > deadlineLimit
            ),
            signoffs: Dictionary(grouping: signoffs, by: \.level).sorted { $0.key < $1.key }.map { level, waiting in
                .init(level: level, count: waiting.count, oldest: waiting.prefix(signoffsListed).map { signoff in
                    .init(
                        caseID: signoff.caseID.rawValue, unit: signoff.unit.rawValue, unitName: directory.name(of: signoff.unit),
                        waitingSince: format(signoff.waitingSince), due: format(signoff.due)
                    )
                })
            },
            topUnits: counts.filter { $0.overdue > 0 && $0.unit != nil }
                .sorted { ($1.overdue, $0.unit!.rawValue) < ($0.overdue, $1.unit!.rawValue) }
                .prefix(topUnitLimit).map { count in
                    let unit = count.unit!
                    return .init(
                        unit: unit.rawValue, name: directory.name(of: unit), district: directory.district(of: unit).map(directory.name(of:)),
                        open: count.open, overdue: count.overdue
                    )
                },
            recentEscalations: recent.map { EscalationItem($0, zone: zone, unitName: directory.name(of: $0.escalation.unit)) }
        )
        return (summary, directory)
    }

    /// The counts summed per district, the departments' and the unassigned in a row each; most overdue first.
    static func groups(_ counts: [UnitCaseCount], directory: UnitDirectory) -> [WallSummary.Group] {
        var sums: [String: (kind: String, unit: UnitID?, open: Int, overdue: Int)] = [:]
        for count in counts {
            let district = count.unit.flatMap(directory.district(of:))
            let kind = count.unit == nil ? "unassigned" : district == nil ? "departments" : "district"
            let key = district?.rawValue ?? kind
            let sum = sums[key] ?? (kind, district, 0, 0)
            sums[key] = (kind, district, sum.open + count.open, sum.overdue + count.overdue)
        }
        for district in directory.districts where sums[district.rawValue] == nil {
            sums[district.rawValue] = ("district", district, 0, 0)
        }
        return sums.sorted { a, b in
            (b.value.overdue, b.value.open, a.key) < (a.value.overdue, a.value.open, b.key)
        }.map { key, sum in
            .init(kind: sum.kind, unit: sum.unit?.rawValue, name: sum.unit.map(directory.name(of:)), open: sum.open, overdue: sum.overdue)
        }
    }
}
