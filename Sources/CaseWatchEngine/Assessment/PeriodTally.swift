import CaseWatchCore
import CaseWatchStore

/// What one period's cases add up to, per unit, before rollup and scoring.
struct PeriodTally {
    /// Counts per charged unit.
    var tallies: [UnitID: UnitTally] = [:]
    /// The policy versions of the period's cases.
    var policyVersions: Set<String> = []
    /// The event-log range read.
    var eventLogRange: ClosedRange<Int64>?
    /// The cases kept by the detail filter, with their verdicts, in dispatch order.
    var cases: [(assessed: AssessedCase, verdict: CaseVerdict?, againstOriginal: Bool)] = []
    /// The escalations of the period's cases kept by the detail filter, in detection order.
    var escalations: [AssessmentEscalation] = []

    /// Reads and counts the cases first dispatched in `period` (read in `zone`), judged as of `asOf`.
    ///
    /// Each case counts for the unit charged with its current cycle; each escalation of those cases
    /// detected by `asOf` for the unit it was charged to, unless its sign-off was rejected by then (it then
    /// counts for nothing: no tier, no sign-off, no passing up). Cases dispatched after `asOf` are left
    /// out. `detail` picks the units whose cases and escalations are kept for a unit's record.
    static func read(
        _ reader: any StoreReader, period: AssessmentPeriod, zone: ZoneRules, asOf: Instant, catalog: any PolicyCatalog,
        detail: (UnitID) -> Bool = { _ in false }
    ) throws -> PeriodTally {
        let start = period.start(in: zone)
        let end = period.end(in: zone)
        var result = PeriodTally()
        let escalations = try reader.assessmentEscalations(detectedFrom: start, through: asOf)
        let byCase = Dictionary(grouping: escalations, by: \.caseID)
        var againstOriginal: [String: Bool] = [:]
        var escalatedCases: Set<CaseID> = []
        result.eventLogRange = try reader.forEachCaseDispatched(from: start, before: end) { assessed in
            guard assessed.dispatchedAt <= asOf else { return }
            let version = assessed.policyVersion
            let original: Bool
            if let known = againstOriginal[version] {
                original = known
            } else {
                original = catalog.policy(version: version)?.extensions.assessedAgainst != .extended
                againstOriginal[version] = original
                result.policyVersions.insert(version)
            }
            let verdict = CaseVerdict.of(assessed, asOf: asOf, againstOriginal: original)
            if let verdict { result.tallies[verdict.unit, default: UnitTally()].add(verdict) }
            if let unit = assessed.unit, detail(unit) { result.cases.append((assessed, verdict, original)) }
            guard let caseEscalations = byCase[assessed.caseID] else { return }
            escalatedCases.insert(assessed.caseID)
            for escalation in caseEscalations where !escalation.rejected {
                result.tallies[escalation.unit, default: UnitTally()].count(escalation)
            }
        }
        result.escalations = escalations.filter { escalatedCases.contains($0.caseID) && detail($0.unit) }
        return result
    }
}

extension UnitTally {
    /// Counts an escalation that was not reversed: its tier, its sign-off and each time it passed up.
    mutating func count(_ escalation: AssessmentEscalation) {
        escalations[escalation.tier, default: 0] += 1
        if escalation.hasSignoff { signoffs += 1 }
        signoffsEscalated += escalation.passedUp
    }
}
