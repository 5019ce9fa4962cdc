import CaseWatchCore
import Testing

/// The assessment's arithmetic, with figures computed by hand.
@Suite struct AssessmentTests {
    static let a = UnitID("a"), b = UnitID("b"), c = UnitID("c")

    static func verdict(
        _ unit: UnitID, accept: CaseVerdict.Outcome? = .onTime, resolve: CaseVerdict.Outcome? = .onTime,
        satisfaction: Satisfaction? = nil, reopens: Int = 0
    ) -> CaseVerdict {
        CaseVerdict(unit: unit, acceptance: accept, resolution: resolve, satisfaction: satisfaction, reopens: reopens)
    }

    static func tally(_ verdicts: [CaseVerdict]) -> UnitTally {
        var tally = UnitTally()
        for verdict in verdicts { tally.add(verdict) }
        return tally
    }

    var rules: AssessmentRules {
        var rules = AssessmentRules.standard
        rules.minimumCases = 1
        return rules
    }

    @Test func ratesRoundHalfUpToHundredthsOfAPercent() {
        #expect(Rate(2, of: 3)?.basisPoints == 6_667)
        #expect(Rate(1, of: 3)?.basisPoints == 3_333)
        #expect(Rate(1, of: 8)?.basisPoints == 1_250)
        #expect(Rate(1, of: 0) == nil)
        #expect(Rate(2, of: 3)?.description == "66.67%")
    }

    @Test func theResolutionRateCountsCasesStillOpenPastTheirDeadline() {
        let tally = Self.tally([
            Self.verdict(Self.a), Self.verdict(Self.a),
            Self.verdict(Self.a, resolve: .openOverdue), Self.verdict(Self.a, resolve: .openOverdue),
            Self.verdict(Self.a, resolve: .pending),
        ])
        let row = Assessment.rows([Self.a: tally], rules: rules)[0]
        #expect(row.resolutionRate == Rate(2, of: 4), "2 on time of 2 resolved + 2 open and overdue; the pending case is not counted")
        #expect(tally.received == 5)
    }

    @Test func theScoreWeighsTheRatesAndDeducts() {
        // Response 3/4 = 75%, resolution 2/4 = 50%, satisfaction 2/3 = 66.67%:
        // 0.30 × 75 + 0.35 × 50 + 0.35 × 66.67 = 22.5 + 17.5 + 23.33 = 63.33.
        var tally = Self.tally([
            Self.verdict(Self.a, satisfaction: .satisfied),
            Self.verdict(Self.a, satisfaction: .basicallySatisfied, reopens: 1),
            Self.verdict(Self.a, accept: .late, resolve: .late, satisfaction: .dissatisfied),
            Self.verdict(Self.a, resolve: .openOverdue),
        ])
        var plain = tally
        plain.reopened = 0
        #expect(Assessment.rows([Self.a: plain], rules: rules)[0].score == AssessmentPoints(hundredths: 6_333))
        // Deductions: one reopened case (1), an overdue (1) and an urge (2): 4 points.
        tally.escalations = [.overdue: 1, .urge: 1]
        let row = Assessment.rows([Self.a: tally], rules: rules)[0]
        #expect(row.deductions == AssessmentPoints(hundredths: 400))
        #expect(row.score == AssessmentPoints(hundredths: 5_933))
        #expect(row.responseRate == Rate(3, of: 4) && row.satisfactionRate == Rate(2, of: 3))
    }

    @Test func anIndicatorWithoutCasesLeavesItsWeightToTheOthers() {
        // Nobody surveyed: response 100% (weight 30), resolution 50% (weight 35): (30×100 + 35×50) / 65 = 73.08.
        let tally = Self.tally([Self.verdict(Self.a), Self.verdict(Self.a, resolve: .late)])
        let row = Assessment.rows([Self.a: tally], rules: rules)[0]
        #expect(row.satisfactionRate == nil)
        #expect(row.score == AssessmentPoints(hundredths: 7_308))
    }

    @Test func theScoreNeverFallsBelowTheFloor() {
        var tally = Self.tally([Self.verdict(Self.a, resolve: .late)])
        tally.escalations = [.leadership: 30]
        #expect(Assessment.rows([Self.a: tally], rules: rules)[0].score == AssessmentPoints(hundredths: 0))
        var floored = rules
        floored.floor = AssessmentPoints(hundredths: 2_000)
        #expect(Assessment.rows([Self.a: tally], rules: floored)[0].score == AssessmentPoints(hundredths: 2_000))
    }

    @Test func weightsAreTheRules() {
        let tally = Self.tally([Self.verdict(Self.a, accept: .late, satisfaction: .satisfied)])
        var responseOnly = rules
        (responseOnly.responseWeight, responseOnly.resolutionWeight, responseOnly.satisfactionWeight) = (100, 0, 0)
        #expect(Assessment.rows([Self.a: tally], rules: responseOnly)[0].score == AssessmentPoints(hundredths: 0))
        var resolutionOnly = rules
        (resolutionOnly.responseWeight, resolutionOnly.resolutionWeight, resolutionOnly.satisfactionWeight) = (0, 100, 0)
        #expect(Assessment.rows([Self.a: tally], rules: resolutionOnly)[0].score == AssessmentPoints(hundredths: 10_000))
    }

    @Test func smallSamplesAreListedLastAndUnrankedAndTiesShareARank() {
        var rules = AssessmentRules.standard
        rules.minimumCases = 2
        let rows = Assessment.rows([
            Self.a: Self.tally([Self.verdict(Self.a), Self.verdict(Self.a, resolve: .late)]),
            Self.b: Self.tally([Self.verdict(Self.b), Self.verdict(Self.b)]),
            Self.c: Self.tally([Self.verdict(Self.c)]),
            UnitID("d"): Self.tally([Self.verdict(UnitID("d")), Self.verdict(UnitID("d"))]),
        ], rules: rules)
        #expect(rows.map(\.unit.rawValue) == ["b", "d", "a", "c"])
        #expect(rows.map(\.rank) == [1, 1, 3, nil])
        #expect(rows[3].isSmallSample)
    }

    @Test func talliesRollUpTheTree() {
        let parent: [UnitID: UnitID] = [Self.a: UnitID("d1"), Self.b: UnitID("d1"), Self.c: UnitID("d2")]
        let rows = Assessment.rows([
            Self.a: Self.tally([Self.verdict(Self.a)]),
            Self.b: Self.tally([Self.verdict(Self.b, resolve: .openOverdue), Self.verdict(Self.b, resolve: .late)]),
            Self.c: Self.tally([Self.verdict(Self.c)]),
        ], rolledUpTo: { parent[$0] }, rules: rules)
        let row = rows.first { $0.unit == UnitID("d1") }
        #expect(row?.tally.received == 3)
        #expect(row?.tally.openOverdue == 1 && row?.tally.resolvedLate == 1)
        #expect(row?.resolutionRate == Rate(1, of: 3))
    }

    @Test func aVerdictIsJudgedAsOfItsInstant() {
        let due = Instant(secondsSinceEpoch: 1_000)
        let metLate = DeadlineState(due: due, provisional: false, explicit: false, metAt: Instant(secondsSinceEpoch: 1_500))
        #expect(CaseVerdict.outcome(of: metLate, due: due, asOf: Instant(secondsSinceEpoch: 2_000)) == .late)
        #expect(CaseVerdict.outcome(of: metLate, due: due, asOf: Instant(secondsSinceEpoch: 1_200)) == .openOverdue, "not met yet then")
        #expect(CaseVerdict.outcome(of: metLate, due: due, asOf: Instant(secondsSinceEpoch: 900)) == .pending)
        let onTheDot = DeadlineState(due: due, provisional: false, explicit: false, metAt: due)
        #expect(CaseVerdict.outcome(of: onTheDot, due: due, asOf: due) == .onTime, "a reply at exactly the due instant is on time")
    }

    @Test func theCitysScoreIsItsUnitsScoresWeightedByCases() {
        // a: 1 case, all on time: 100. b: 3 cases, resolution 1/3 (33.33%), response 100%:
        // (30 × 100 + 35 × 33.33) / 65 = 64.10, less a leadership escalation (5): 59.10.
        var b = Self.tally([Self.verdict(Self.b), Self.verdict(Self.b, resolve: .late), Self.verdict(Self.b, resolve: .late)])
        b.escalations = [.leadership: 1]
        let tallies = [Self.a: Self.tally([Self.verdict(Self.a)]), Self.b: b]
        #expect(Assessment.rows([Self.b: b], rules: rules)[0].score == AssessmentPoints(hundredths: 5_910))
        let total = Assessment.total(tallies, as: UnitID("city"), rules: rules)
        #expect(total.score == AssessmentPoints(hundredths: 6_933), "(100 + 3 × 59.10) / 4 = 69.33, not the city's rates less every deduction")
        #expect(total.tally.received == 4 && total.resolutionRate == Rate(2, of: 4) && total.deductions == AssessmentPoints(hundredths: 500))
    }

    @Test func aDistrictIsScoredLikeTheCityFromItsUnits() {
        var b = Self.tally([Self.verdict(Self.b), Self.verdict(Self.b, resolve: .late), Self.verdict(Self.b, resolve: .late)])
        b.escalations = [.leadership: 1]
        let parent: [UnitID: UnitID] = [Self.a: UnitID("d1"), Self.b: UnitID("d1"), Self.c: UnitID("d2")]
        let rows = Assessment.rows(
            [Self.a: Self.tally([Self.verdict(Self.a)]), Self.b: b, Self.c: Self.tally([Self.verdict(Self.c, resolve: .late)])],
            rolledUpTo: { parent[$0] }, rules: rules
        )
        #expect(rows.map(\.unit.rawValue) == ["d1", "d2"])
        #expect(rows[0].score == AssessmentPoints(hundredths: 6_933), "(100 + 3 × 59.10) / 4, as for the city")
        #expect(rows[0].deductions == AssessmentPoints(hundredths: 500) && rows[0].tally.received == 4)
        #expect(rows.map(\.rank) == [1, 2])
    }
}
