import CaseWatchCore
import CaseWatchEngine
import CaseWatchStore
import CaseWatchTesting
import Testing

/// Four cases dispatched on Monday 2026-10-12 09:00 (normal sanitation: accept by Tue 13th 17:00, resolve
/// by Mon 19th 17:00), supervised to 2026-10-31:
/// - C1 → unit A: accepted and replied on time, closed satisfied; no escalation.
/// - C2 → A: accepted late (14th), replied late (21st), closed dissatisfied; warning, overdue, urge.
/// - C3 → A: accepted on time, never replied; warning, overdue, urge, leadership (rejected on the 23rd:
///   it counts for nothing), notice.
/// - C4 → B: nothing; warning, overdue, urge, leadership (unsigned, passed up), notice.
struct AssessmentRunFixture: ZonedFixture {
    typealias F = ReplayFixture
    let f: F
    static let a = UnitID("cc.nanguan.a")
    static let b = UnitID("cc.nanguan.b")
    /// Every unit ranked (the default small-sample rule would leave all four cases unranked).
    static let rules = { var rules = AssessmentRules.standard; rules.minimumCases = 1; return rules }()

    init() throws {
        f = try F()
        try f.store.write { writer in
            try writer.upsertUnits([
                OrgUnit(id: UnitID("cc"), name: "City", level: .city, parent: nil),
                OrgUnit(id: UnitID("cc.nanguan"), name: "Nanguan", level: .district, parent: UnitID("cc")),
                OrgUnit(id: Self.a, name: "A", level: .community, parent: UnitID("cc.nanguan")),
                OrgUnit(id: Self.b, name: "B", level: .community, parent: UnitID("cc.nanguan")),
            ])
        }
        var supervisor = Supervisor(store: f.store, catalog: f.policies)
        _ = try supervisor.start(at: try at("2026-10-12T08:00"))
        var lines: [String] = []
        for (id, unit) in [("C1", Self.a), ("C2", Self.a), ("C3", Self.a), ("C4", Self.b)] {
            lines += [F.line(1, "registered", "2026-10-12T09:00", F.registered, case: id),
                      F.line(2, "dispatched", "2026-10-12T09:00", ["unit": unit.rawValue], case: id)]
        }
        try ingest(&supervisor, lines, at: "2026-10-12T09:00")
        try ingest(&supervisor, [F.line(3, "accepted", "2026-10-12T10:00", case: "C1"), F.line(3, "accepted", "2026-10-12T11:00", case: "C3")], at: "2026-10-12T11:00")
        try ingest(&supervisor, [F.line(4, "accepted", "2026-10-14T10:00", case: "C2")], at: "2026-10-14T10:00")
        try ingest(&supervisor, [F.line(4, "replied", "2026-10-15T10:00", case: "C1")], at: "2026-10-15T10:00")
        try ingest(&supervisor, [F.line(5, "closed", "2026-10-16T10:00", ["satisfaction": "satisfied"], case: "C1")], at: "2026-10-16T10:00")
        _ = try supervisor.advance(to: try at("2026-10-21T10:00"))
        try ingest(&supervisor, [F.line(5, "replied", "2026-10-21T10:00", case: "C2")], at: "2026-10-21T10:00")
        try ingest(&supervisor, [F.line(6, "closed", "2026-10-22T10:00", ["satisfaction": "dissatisfied"], case: "C2")], at: "2026-10-22T10:00")
        _ = try supervisor.advance(to: try at("2026-10-23T09:00"))
        let c3 = try f.store.read { try $0.signoffs(caseID: CaseID("C3")) }[0]
        try f.store.write { writer in
            _ = try writer.decideSignoff(c3.id, as: .rejected, by: "l-test", at: try at("2026-10-23T10:00"), reason: "withdrawn")
            try writer.reverseEscalationPoints(c3.escalationID, at: try at("2026-10-23T10:00"))
        }
        _ = try supervisor.advance(to: try at("2026-10-31T00:00"))
    }

    /// Shanghai, the replay fixture's zone.
    var zone: ZoneRules { f.zone }

    private func ingest(_ supervisor: inout Supervisor, _ lines: [String], at time: String) throws {
        let parse = JSONLinesEventReader.read(lines.joined(separator: "\n"))
        precondition(parse.problems.isEmpty, "\(parse.problems)")
        _ = try supervisor.ingest(parse.records, source: "test", at: try at(time))
    }

    var run: AssessmentRun { AssessmentRun(store: f.store, catalog: f.policies, zone: f.zone, rules: Self.rules) }
}

@Suite struct AssessmentRunTests {
    @Test func unitsAreCountedScoredAndRankedByHand() throws {
        let s = try AssessmentRunFixture()
        let october = AssessmentPeriod.month(2026, 10)
        let asOf = s.run.defaultAsOf(october, now: try s.at("2026-12-01T00:00"))
        #expect(s.f.show(asOf) == "2026-11-01T00:00:00+08:00", "the end of the period, earlier than now")
        let report = try s.run.report(october, asOf: asOf, level: .unit)
        #expect(report.rows.map(\.unit) == [AssessmentRunFixture.a, AssessmentRunFixture.b])
        let a = report.rows[0]
        #expect(a.tally.received == 3 && a.tally.acceptanceDue == 3 && a.tally.acceptedOnTime == 2)
        #expect(a.tally.resolvedOnTime == 1 && a.tally.resolvedLate == 1 && a.tally.openOverdue == 1)
        #expect(a.tally.surveyed == 2 && a.tally.satisfied == 1 && a.tally.reopened == 0)
        #expect(a.tally.escalations == [.warning: 2, .overdue: 2, .urge: 2, .notice: 1], "C3's rejected leadership tier counts for nothing")
        #expect(a.tally.signoffs == 0 && a.tally.signoffsEscalated == 0)
        // (66.67% × 30 + 33.33% × 35 + 50% × 35) / 100 = 49.17; less 2 × 1 + 2 × 2 + 5 = 11 points.
        #expect(a.score == AssessmentPoints(hundredths: 3817) && a.deductions == AssessmentPoints(hundredths: 1100) && a.rank == 1)
        let b = report.rows[1]
        #expect(b.tally.received == 1 && b.tally.openOverdue == 1 && b.tally.acceptedOnTime == 0)
        #expect(b.tally.escalations == [.warning: 1, .overdue: 1, .urge: 1, .leadership: 1, .notice: 1] && b.tally.signoffs == 1)
        #expect(b.score == AssessmentPoints(hundredths: 0) && b.rank == 2, "the floor")
        #expect(report.total.tally.received == 4 && report.total.unit == UnitID("cc"))
        #expect(report.policyVersions == ["2026.1"])
        #expect(report.eventLogRange?.lowerBound == 2, "from the first case's dispatch")
        #expect(report.unitNames[AssessmentRunFixture.a] == "A")
        #expect(report.trend.isEmpty, "no cases in the five months before")
    }

    @Test func rollingUpToTheDistrictAddsItsUnits() throws {
        let s = try AssessmentRunFixture()
        let report = try s.run.report(.month(2026, 10), asOf: try s.at("2026-11-01T00:00"), level: .district)
        #expect(report.rows.map(\.unit) == [UnitID("cc.nanguan")])
        let district = report.rows[0].tally
        #expect(district.received == 4 && district.resolvedOnTime == 1 && district.resolvedLate == 1 && district.openOverdue == 2)
        #expect(district == report.total.tally)
    }

    @Test func judgedAsOfAnEarlierInstantTheLaterFactsDoNotCount() throws {
        let s = try AssessmentRunFixture()
        // As of Wed 21st 09:00: C1 replied on time, C2 and C3 are open past Monday's deadline, only C1 was
        // surveyed; the supervisor's clock detected the tiers at 10:00 (it was advanced to then), so none
        // counts yet.
        let report = try s.run.report(.month(2026, 10), asOf: try s.at("2026-10-21T09:00"), level: .unit)
        let a = try #require(report.rows.first { $0.unit == AssessmentRunFixture.a })
        #expect(a.tally.resolvedOnTime == 1 && a.tally.resolvedLate == 0 && a.tally.openOverdue == 2)
        #expect(a.tally.surveyed == 1 && a.tally.escalations == [:], "\(a.tally.escalations)")
        #expect(try s.run.report(.month(2026, 10), asOf: try s.at("2026-10-12T08:00"), level: .unit).rows.isEmpty,
                "nothing was dispatched yet")
    }

    @Test func aUnitsRecordListsItsCasesEscalationsAndLedgerLines() throws {
        let s = try AssessmentRunFixture()
        let record = try s.run.record(of: AssessmentRunFixture.a, .month(2026, 10), asOf: try s.at("2026-11-01T00:00"))
        #expect(record.cases.map(\.assessed.caseID.rawValue) == ["C1", "C2", "C3"])
        #expect(record.cases.map(\.verdict?.resolution) == [.onTime, .late, .openOverdue])
        #expect(record.escalations.map { "\($0.caseID) \($0.tier)\($0.rejected ? " rejected" : "")" } == [
            "C3 warning", "C2 warning", "C3 overdue", "C2 overdue", "C3 urge", "C2 urge", "C3 leadership rejected", "C3 notice",
        ])
        #expect(record.ledger.map { "\($0.caseID?.rawValue ?? "-") \($0.kind) \($0.points)" } == [
            "C3 escalation -1", "C2 escalation -1", "C3 escalation -2", "C2 escalation -2", "C3 escalation -5", "C3 reversal 5",
            "C3 escalation -5",
        ])
        #expect(record.row.score == AssessmentPoints(hundredths: 3817) && record.row.rank == 1)
    }
}
