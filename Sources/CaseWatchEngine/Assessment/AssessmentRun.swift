import CaseWatchCore
import CaseWatchStore

/// Assesses the units for a period: reads the period's cases and escalations from the store, judges each
/// case as of an instant, tallies per unit, rolls up the unit tree, scores and ranks under the rules.
public struct AssessmentRun: Sendable {
    /// The store read.
    public let store: any CaseStore
    /// The policies the cases were registered under (their `extensions.assess_against` says which
    /// deadline counts); `<version>+explicit` variants of replayed cases are understood.
    public let catalog: any PolicyCatalog
    /// The zone the period's local dates are read in (the calendar's).
    public let zone: ZoneRules
    /// The scoring rules.
    public let rules: AssessmentRules
    /// How many earlier periods of the same kind the trend shows.
    public static let trendLength = 5

    /// A run.
    public init(store: any CaseStore, catalog: any PolicyCatalog, zone: ZoneRules, rules: AssessmentRules) {
        self.store = store
        self.catalog = VariantPolicyCatalog(catalog)
        self.zone = zone
        self.rules = rules
    }

    /// The instant a period is judged as of by default: its end, or `now` when that is earlier.
    public func defaultAsOf(_ period: AssessmentPeriod, now: Instant) -> Instant {
        min(period.end(in: zone), now)
    }

    /// The assessment of `period` at `level`, judged as of `asOf`, with the trend of the up to five
    /// earlier periods of its kind (each judged as of its own end, or `asOf` when that is earlier; periods
    /// without cases are left out of the trend).
    public func report(_ period: AssessmentPeriod, asOf: Instant, level: AssessmentLevel) throws -> AssessmentReport {
        try store.read { reader in
            let units = try reader.units()
            let tally = try PeriodTally.read(reader, period: period, zone: zone, asOf: asOf, catalog: catalog)
            let nodes = level.nodes(of: units)
            let city = Self.city(of: units)
            var trend: [AssessmentReport.TrendPoint] = []
            for earlier in period.earlier(Self.trendLength) {
                let earlierTally = try PeriodTally.read(
                    reader, period: earlier, zone: zone, asOf: min(earlier.end(in: zone), asOf), catalog: catalog
                )
                let total = Assessment.total(earlierTally.tallies, as: city, rules: rules)
                guard total.tally.received > 0 else { continue }
                trend.append(.init(label: earlier.description, score: total.score, resolutionRate: total.resolutionRate))
            }
            return AssessmentReport(
                from: period.from, to: period.to, asOf: asOf, zone: zone.identifier, level: level.rawValue,
                policyVersions: tally.policyVersions.sorted(), eventLogRange: tally.eventLogRange,
                rows: Assessment.rows(tally.tallies, rolledUpTo: { nodes[$0] ?? $0 }, rules: rules), total: Assessment.total(tally.tallies, as: city, rules: rules),
                unitNames: Dictionary(units.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first }),
                trend: trend, rules: rules
            )
        }
    }

    /// Everything behind one unit's score for `period` as of `asOf`: its row (ranked among the units of
    /// its level), every case charged to it or to a unit under it, and every escalation and ledger line.
    public func record(of unit: UnitID, _ period: AssessmentPeriod, asOf: Instant) throws -> UnitRecord {
        try store.read { reader in
            let units = try reader.units()
            let level = Self.level(of: units.first { $0.id == unit })
            let under = Self.subtree(of: unit, in: units)
            let tally = try PeriodTally.read(
                reader, period: period, zone: zone, asOf: asOf, catalog: catalog, detail: { under.contains($0) }
            )
            if !units.contains(where: { $0.id == unit }), tally.cases.isEmpty, tally.escalations.isEmpty {
                throw UnknownAssessedUnit(unit: unit, known: units.map(\.id))
            }
            let nodes = level.nodes(of: units)
            let row = Assessment.rows(tally.tallies, rolledUpTo: { nodes[$0] ?? $0 }, rules: rules).first { $0.unit == unit }
                ?? Assessment.total([:], as: unit, rules: rules)
            let ledger = try reader.ledgerLines(ofEscalations: tally.escalations.map(\.id), through: asOf)
            return UnitRecord(
                unit: unit, name: units.first { $0.id == unit }?.name, level: level, period: period, asOf: asOf, row: row,
                cases: tally.cases.map { UnitRecord.Case(assessed: $0.assessed, verdict: $0.verdict, againstOriginal: $0.againstOriginal) },
                escalations: tally.escalations, ledger: ledger
            )
        }
    }

    /// The root of the tree (the city), or `city` when no tree is stored.
    static func city(of units: [OrgUnit]) -> UnitID {
        units.first { $0.level == .city && $0.parent == nil }?.id ?? UnitID("city")
    }

    /// The level a unit's row is ranked at: its own for streets, districts and the city, else `unit`.
    static func level(of unit: OrgUnit?) -> AssessmentLevel {
        switch unit?.level {
        case .street?: .street
        case .district?: .district
        case .city?: .city
        default: .unit
        }
    }

    /// The unit and every unit under it.
    static func subtree(of root: UnitID, in units: [OrgUnit]) -> Set<UnitID> {
        var members: Set<UnitID> = [root]
        // `units` lists parents before children.
        for unit in units where unit.parent.map(members.contains) == true { members.insert(unit.id) }
        return members
    }
}
